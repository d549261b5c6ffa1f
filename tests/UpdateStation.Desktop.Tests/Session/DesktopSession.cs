namespace UpdateStation.Desktop.Tests.Session;

/// <summary>
/// A private desktop: Xvfb, a session bus of its own, xfce4-panel (the StatusNotifierItem host: it owns
/// org.kde.StatusNotifierWatcher) and dunst (the notification server). Everything lives under one temporary HOME and
/// is killed when the fixture is disposed, whether the tests passed or not.
/// </summary>
/// <remarks>
/// The bus activates only xfconfd (the panel's settings store); neither dunst nor the accessibility bus can start
/// behind a test's back, so "no notification server" and "no panel" are real states.
/// </remarks>
public sealed partial class DesktopSession : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("us-desktop-").FullName;
    private VirtualDisplay? _display;
    private SessionBus? _bus;
    private PanelServices? _services;

    public string BusAddress => _bus?.Address ?? "";

    public string Display => _display?.Display ?? "";

    public string Root => _root;

    /// <summary>The environment every child gets: the display, the bus and a HOME of its own.</summary>
    public Dictionary<string, string> Environment => new()
    {
        ["DISPLAY"] = Display,
        ["DBUS_SESSION_BUS_ADDRESS"] = BusAddress,
        ["HOME"] = Path.Combine(_root, "home"),
        ["XDG_CONFIG_HOME"] = Path.Combine(_root, "home", ".config"),
        ["XDG_CACHE_HOME"] = Path.Combine(_root, "home", ".cache"),
        ["XDG_DATA_HOME"] = Path.Combine(_root, "home", ".local", "share"),
        ["NO_AT_BRIDGE"] = "1",
    };

    public async ValueTask InitializeAsync()
    {
        try
        {
            Directory.CreateDirectory(Path.Combine(_root, "home"));
            _display = await VirtualDisplay.StartAsync();
            await StartBusAsync();
            _services = new PanelServices(Bus, Environment.ToDictionary(e => e.Key, string? (e) => e.Value));
            await _services.StartAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        foreach (var child in new IDisposable?[] { _services, _bus, _display })
        {
            child?.Dispose();
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A child may still be writing its cache; the temporary directory is all that is left.
        }

        return default;
    }

    /// <summary>Starts xfce4-panel and waits until it owns org.kde.StatusNotifierWatcher.</summary>
    public Task StartPanelAsync() => Services.StartPanelAsync();

    /// <summary>Kills the panel (as a crash would) and waits until its watcher name is gone.</summary>
    public Task StopPanelAsync() => Services.StopPanelAsync();

    public Task StartDunstAsync() => Services.StartDunstAsync();

    public Task StopDunstAsync() => Services.StopDunstAsync();

    /// <summary>Runs dunstctl against this session's dunst and returns its output.</summary>
    public async Task<string> DunstctlAsync(params string[] arguments)
    {
        var output = new List<string>();
        using var dunstctl = SessionProcess.Start("dunstctl", arguments, Environment, line => { lock (output) { output.Add(line); } });
        await dunstctl.WaitForExitAsync(TimeSpan.FromSeconds(10));
        lock (output)
        {
            return string.Join('\n', output);
        }
    }

    private SessionBus Bus => _bus ?? throw new InvalidOperationException("The session bus is not running.");

    private PanelServices Services => _services ?? throw new InvalidOperationException("The session is not running.");
}
