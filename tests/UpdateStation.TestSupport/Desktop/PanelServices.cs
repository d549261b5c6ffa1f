namespace UpdateStation.Tests.Shared;

/// <summary>
/// The desktop services a tray meets on a test desktop: xfce4-panel, the StatusNotifierItem host (it owns
/// org.kde.StatusNotifierWatcher), and dunst, the notification server (org.freedesktop.Notifications). Each is started
/// on a given session bus and awaited until it owns its name; each can be stopped (killed, as a crash would) and started
/// again; disposal kills both with their descendants.
/// </summary>
/// <param name="bus">The session bus they join (it must be running).</param>
/// <param name="environment">Their environment (the display, the bus, a HOME): a null value removes the variable.</param>
public sealed class PanelServices(SessionBus bus, IReadOnlyDictionary<string, string?> environment) : IDisposable
{
    public const string WatcherName = "org.kde.StatusNotifierWatcher";
    public const string NotificationsName = "org.freedesktop.Notifications";

    private SessionProcess? _panel;
    private SessionProcess? _dunst;

    /// <summary>Starts the panel, then dunst.</summary>
    public async Task StartAsync()
    {
        await StartPanelAsync();
        await StartDunstAsync();
    }

    /// <summary>Starts xfce4-panel and waits until it owns org.kde.StatusNotifierWatcher.</summary>
    public async Task StartPanelAsync() => _panel = await StartServiceAsync(WatcherName, ["xfce4-panel", "--disable-wm-check"]);

    /// <summary>Kills the panel (as a crash would) and waits until its watcher name is gone.</summary>
    public async Task StopPanelAsync()
    {
        _panel?.Dispose();
        _panel = null;
        await bus.WaitForNameAsync(WatcherName, present: false);
    }

    /// <summary>Starts dunst and waits until it owns org.freedesktop.Notifications.</summary>
    public async Task StartDunstAsync() => _dunst = await StartServiceAsync(NotificationsName, ["dunst"]);

    /// <summary>Kills dunst and waits until its name is gone.</summary>
    public async Task StopDunstAsync()
    {
        _dunst?.Dispose();
        _dunst = null;
        await bus.WaitForNameAsync(NotificationsName, present: false);
    }

    public void Dispose()
    {
        _dunst?.Dispose();
        _panel?.Dispose();
        _dunst = null;
        _panel = null;
    }

    private Task<SessionProcess> StartServiceAsync(string name, IReadOnlyList<string> argv) =>
        bus.AwaitServiceAsync(name, SessionProcess.Start(argv, environment));
}
