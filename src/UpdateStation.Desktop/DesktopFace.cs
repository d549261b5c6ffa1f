using UpdateStation.Desktop.Menu;
using UpdateStation.Desktop.Notifications;
using UpdateStation.Desktop.StatusNotifier;
using UpdateStation.Desktop.Tray;

namespace UpdateStation.Desktop;

/// <summary>
/// The instance's face in a desktop session, all over the session bus: the tray icon (StatusNotifierItem with a
/// dbusmenu), and notifications that follow <see cref="NotificationPolicy"/>. No toolkit is loaded.
/// </summary>
/// <remarks>
/// Create it with <see cref="TryStartAsync"/>; null means no session bus (SSH, a TTY): run headless. The Show methods
/// may be called from any thread. Every event is raised through <see cref="DesktopFaceOptions.Dispatch"/>.
/// </remarks>
public sealed partial class DesktopFace : IAsyncDisposable
{
    private static int s_faces;
    private readonly DBusConnection _connection;
    private readonly DesktopFaceOptions _options;
    private readonly StatusNotifierItem _item;
    private readonly DBusMenu _menu;
    private readonly StatusNotifierRegistration _registration;
    private readonly DesktopNotifier _notifier;
    private readonly Lock _gate = new();
    private readonly TrayIcons _icons;
    private TrayFacts _facts;

    private DesktopFace(DBusConnection connection, DesktopFaceOptions options)
    {
        _connection = connection;
        _options = options;
        _facts = new TrayFacts(null, Checking: false, FailureReason: null, RestartNeeded: false, options.Time.GetUtcNow());
        _icons = options.Icons ?? TrayIcons.ForThisInstallation();
        _item = new StatusNotifierItem(connection, Raise, _icons);
        _menu = new DBusMenu(connection, Raise);
        ItemService = $"org.kde.StatusNotifierItem-{Environment.ProcessId}-{Interlocked.Increment(ref s_faces)}";
        _registration = new StatusNotifierRegistration(
            new StatusNotifierWatcherProxy(connection), ItemService, OnHostChanged, options.Log);
        var store = options.NotificationMemoryPath is { } path ? new NotificationMemoryStore(path) : NotificationMemoryStore.ForUser();
        _notifier = new DesktopNotifier(new NotificationsProxy(connection), store, options.Notifications, _icons.Application, Raise, options.Log);
    }

    /// <summary>"Show Updates" in the menu, a left click on the icon, or a notification's action.</summary>
    public event Action? ShowWindowRequested;

    /// <summary>"Check for Updates" in the menu: an activation, as check-now.</summary>
    public event Action? CheckRequested;

    /// <summary>"Quit" in the menu: stop the instance cleanly.</summary>
    public event Action? QuitRequested;

    /// <summary>A StatusNotifierItem host came (true: stop any legacy icon) or went (false: start one).</summary>
    public event Action<bool>? StatusNotifierHostChanged;

    /// <summary>The bus name the item is registered under (org.kde.StatusNotifierItem-PID-N, N counting the faces of this process).</summary>
    public string ItemService { get; }

    /// <summary>Whether a StatusNotifierWatcher holds the item now; false means no StatusNotifierItem host.</summary>
    public bool HasStatusNotifierHost => _registration.IsRegistered;

    /// <summary>An upgrade asked for a restart that has not happened: shown on the icon and tooltip while true.</summary>
    public bool RestartNeeded
    {
        get => Facts.RestartNeeded;
        set => Change(f => f with { RestartNeeded = value });
    }

    internal TrayAppearance Appearance => _item.Appearance;

    internal NotificationMemory NotificationMemory => _notifier.Memory;

    private TrayFacts Facts
    {
        get
        {
            lock (_gate)
            {
                return _facts;
            }
        }
    }
}
