using UpdateStation.Gtk.Content;

namespace UpdateStation.Gtk;

/// <summary>This process as the update window: single-instance by the instance's protocol, with its own lock and state.</summary>
/// <remarks>
/// The protocol's order holds: the constructor registers SIGUSR1 (its work reaches GTK only through g_idle_add),
/// then <see cref="TryTakeLock"/> takes window.lock, and window.json is published once the window is mapped, so a
/// caller that sees it knows the window is up. SIGUSR1 presents the window and reloads the published state; each
/// activation raises the published count (the acknowledgement). The window follows instance.json and plan.json
/// through inotify and exits when closed.
/// </remarks>
public sealed class WindowSession : IDisposable
{
    /// <summary>The name of the window's files in the runtime directory (window.lock, window.json) and its mode.</summary>
    public const string ProcessName = "window";

    private static readonly TimeSpan s_ageRefresh = TimeSpan.FromSeconds(30);

    private readonly RuntimeDirectory _directory;
    private readonly RuntimeDirectory _own;
    private readonly GtkMainLoop _loop = new();
    private readonly ActivationSignal _signal;
    private readonly PosixSignalRegistration _sigterm;
    private readonly PosixSignalRegistration _sigint;
    private InstanceState _state;
    private FileLock? _lock;
    private UpdateWindow? _window;
    private PublishedStateWatcher? _watcher;
    private PublishedState _published = PublishedState.Nothing;
    private string? _actionError;
    private bool _mapped;

    /// <summary>Registers SIGUSR1 first, then SIGTERM and SIGINT (a clean stop unpublishes and releases the lock).</summary>
    public WindowSession(RuntimeDirectory directory)
    {
        _directory = directory;
        _own = directory.For(ProcessName);
        _signal = ActivationSignal.Register(_loop, OnActivation);
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        _state = new InstanceState(Environment.ProcessId, ProcessIdentity.Self()?.StartTime ?? 0, ProcessName, DateTimeOffset.Now, 0, false, null);
    }

    /// <summary>The window's own view of the runtime directory (window.lock, window.json), for clients.</summary>
    public RuntimeDirectory Own => _own;

    /// <summary>Takes window.lock; false when another window holds it.</summary>
    /// <exception cref="PosixException">The lock file cannot be opened or locked for another reason than contention.</exception>
    public bool TryTakeLock()
    {
        _lock = FileLock.TryAcquire(_own.LockFile);
        return _lock is not null;
    }

    /// <summary>Opens the display, shows the window and runs GTK's loop on this thread until the window closes.</summary>
    /// <exception cref="DisplayUnavailableException">There is no display to open.</exception>
    public void Run()
    {
        Debug.Assert(_lock is not null);
        if (!GtkThread.TryInitialize("update-station", UpdateWindow.Title))
        {
            throw new DisplayUnavailableException(NoDisplayMessage());
        }

        _window = new UpdateWindow(RequestCheck, OnMapped, _loop.Quit);
        _watcher = new PublishedStateWatcher(_directory, _loop, Reload);
        Reload();
        _window.Present();
        GLibCallbacks.Timeout(s_ageRefresh, () =>
        {
            Render();
            return true;
        });
        _loop.Run();
    }

    /// <summary>Unpublishes, then releases the lock: a client never finds a state without a holder.</summary>
    public void Dispose()
    {
        _signal.Dispose();
        _sigterm.Dispose();
        _sigint.Dispose();
        _watcher?.Dispose();
        if (_lock is not null)
        {
            StateFile.Delete(_own.StateFile);
            _lock.Dispose();
        }

        _window?.Dispose();
    }

    private void OnMapped()
    {
        _mapped = true;
        StateFile.Write(_own.StateFile, _state);
    }

    private void OnActivation()
    {
        _window?.Present();
        Reload();
        _state = _state with { Activations = _state.Activations + 1 };
        if (_mapped)
        {
            StateFile.Write(_own.StateFile, _state);
        }
    }

    private void RequestCheck()
    {
        _actionError = null;
        Task.Run(() => CheckRequest.Send(_directory)).ContinueWith(
            sent => _loop.Post(() =>
            {
                _actionError = sent.Result;
                Render();
            }),
            TaskScheduler.Default);
    }

    private void Reload()
    {
        _published = PublishedStateReader.Read(_directory);
        if (_published.Instance is { Checking: true })
        {
            _actionError = null;
        }

        Render();
    }

    private void Render() => _window?.Render(WindowContent.Compose(_published, _actionError, DateTimeOffset.Now));

    private void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        _loop.Quit();
    }

    private static string NoDisplayMessage()
    {
        var x11 = Environment.GetEnvironmentVariable("DISPLAY");
        var wayland = Environment.GetEnvironmentVariable("WAYLAND_DISPLAY");
        return string.IsNullOrEmpty(x11) && string.IsNullOrEmpty(wayland)
            ? "No display to open the window on: DISPLAY and WAYLAND_DISPLAY are unset (the window needs a desktop session)."
            : $"Cannot open the display (DISPLAY '{x11}', WAYLAND_DISPLAY '{wayland}'): no display server answers there, or it refused the connection.";
    }
}
