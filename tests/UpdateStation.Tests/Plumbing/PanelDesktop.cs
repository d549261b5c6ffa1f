namespace UpdateStation.Tests.Plumbing;

/// <summary>
/// A private desktop with a panel: <see cref="DesktopSession"/>'s Xvfb and session bus, xfce4-panel as the
/// StatusNotifierItem host (it owns org.kde.StatusNotifierWatcher) and dunst as the notification server, under a HOME
/// of its own. Everything is stopped on disposal.
/// </summary>
public sealed class PanelDesktop : IAsyncLifetime
{
    private readonly string _home = Directory.CreateTempSubdirectory("update-station-home-").FullName;
    private PanelServices? _services;

    public DesktopSession Session { get; } = new();

    /// <summary>The session's environment with this HOME and its XDG directories (the notification memory lives there).</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>(Session.Environment)
    {
        ["HOME"] = _home,
        ["XDG_CONFIG_HOME"] = Path.Combine(_home, ".config"),
        ["XDG_CACHE_HOME"] = Path.Combine(_home, ".cache"),
        ["XDG_STATE_HOME"] = Path.Combine(_home, ".local", "state"),
        ["NO_AT_BRIDGE"] = "1",
    };

    public async ValueTask InitializeAsync()
    {
        await Session.InitializeAsync();
        _services = new PanelServices(Session.Bus, Environment);
        await _services.StartAsync();
    }

    /// <summary>Starts xfce4-panel and waits until it owns org.kde.StatusNotifierWatcher.</summary>
    public Task StartPanelAsync() => Services.StartPanelAsync();

    /// <summary>Kills the panel (as a crash would) and waits until its watcher name is gone.</summary>
    public Task StopPanelAsync() => Services.StopPanelAsync();

    /// <summary>Runs a tool (dbus-send, dunstctl) on this desktop with this HOME, bounded.</summary>
    internal async Task<StationResult> RunAsync(params string[] argv)
    {
        await using StationProcess tool = Start(argv);
        return await tool.WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>A property of our StatusNotifierItem (a string one: Status, IconName), as a panel reads it.</summary>
    internal async Task<string> ItemPropertyAsync(int trayPid, string property)
    {
        StationResult reply = await RunAsync(
            "dbus-send", "--session", "--print-reply", $"--dest=org.kde.StatusNotifierItem-{trayPid}-1", "/StatusNotifierItem",
            "org.freedesktop.DBus.Properties.Get", "string:org.kde.StatusNotifierItem", $"string:{property}");
        int start = reply.Stdout.IndexOf('"', StringComparison.Ordinal);
        int end = reply.Stdout.LastIndexOf('"');
        return reply.ExitCode == 0 && end > start ? reply.Stdout[(start + 1)..end] : $"(no reply: {reply.Stderr.Trim()})";
    }

    public async ValueTask DisposeAsync()
    {
        _services?.Dispose();
        await Session.DisposeAsync();
        Directory.Delete(_home, recursive: true);
    }

    private PanelServices Services => _services ?? throw new InvalidOperationException("The desktop is not running.");

    private StationProcess Start(IReadOnlyList<string> argv) => StationProcess.StartProgram(argv, startInfo =>
    {
        foreach ((string name, string? value) in Environment)
        {
            startInfo.Environment[name] = value;
        }
    });
}
