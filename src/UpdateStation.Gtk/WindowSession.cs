using UpdateStation.Gtk.Content;

namespace UpdateStation.Gtk;

/// <summary>This process as the update window: single-instance by the instance's protocol (window.lock, window.json).</summary>
/// <remarks>
/// window.json is published once the window is mapped, so a caller that sees it knows the window is up. SIGUSR1
/// presents the window and reloads the published state. The window follows instance.json and plan.json through
/// inotify, reading them on a pool thread, and exits when closed.
/// </remarks>
public sealed class WindowSession : IDisposable
{
    /// <summary>The name of the window's files in the runtime directory (window.lock, window.json) and its mode.</summary>
    public const string ProcessName = "window";

    private static readonly TimeSpan s_ageRefresh = TimeSpan.FromSeconds(30);

    private readonly RuntimeDirectory _directory;
    private readonly string _runLogPath;
    private readonly GtkMainLoop _loop = new();
    private readonly InstanceHost _host;
    private UpdateWindow? _window;
    private InstallFlow? _install;
    private PublishedStateWatcher? _watcher;
    private PublishedState _published = PublishedState.Nothing;
    private string? _actionError;
    private int _reads;

    /// <summary>Registers SIGUSR1 first, then the stop signals (a clean stop unpublishes and releases the lock).</summary>
    /// <param name="directory">The runtime directory of the instance's files.</param>
    /// <param name="runLogPath">The run log the History page reads: the executable's settings say where (Gtk reads no settings).</param>
    public WindowSession(RuntimeDirectory directory, string runLogPath)
    {
        _directory = directory;
        _runLogPath = runLogPath;
        _host = GtkProcess.Host(directory, ProcessName, _loop, OnActivation);
    }

    /// <summary>Takes window.lock (window.json waits for the first map-event); false when another window holds it.</summary>
    /// <exception cref="InstanceException">The lock file cannot be opened or locked for another reason than contention.</exception>
    public bool TryTakeLock() => _host.TryStart().Result == StartResult.Started;

    /// <summary>Opens the display, shows the window and runs GTK's loop on this thread until the window closes.</summary>
    /// <exception cref="DisplayUnavailableException">There is no display to open.</exception>
    public void Run()
    {
        GtkProcess.OpenDisplay(_host, UpdateWindow.Title, "the window");
        _window = new UpdateWindow(RequestCheck, new InstallActions(Install, () => _install?.RestartNow(), BackToList), _host.Publish, _loop.Quit, _runLogPath);
        _install = new InstallFlow(_loop, _window, Returned);
        _install.OfferBootEnvironmentWhereTheyWork();
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
        _watcher?.Dispose();
        _host.Dispose();
        _window?.Dispose();
    }

    private void OnActivation()
    {
        _window?.Present();
        Reload();
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

    private void Install()
    {
        if (WindowContent.Compose(_published, _actionError, DateTimeOffset.Now).Fingerprint is { } fingerprint)
        {
            _actionError = null;
            // The rules that left changes out of the plan shown: the helper plans with them, so its fingerprint can match.
            _install?.Start(fingerprint, IgnoredChange.RulesOf(_published.Plan?.Ignored ?? []));
        }
    }

    /// <summary>Back from the progress page: <paramref name="message"/> in the header, <paramref name="changedPlan"/> (the helper's) in the list.</summary>
    private void Returned(string? message, UpdatePlan? changedPlan)
    {
        _actionError = message;
        if (changedPlan is not null)
        {
            _published = _published with { Plan = changedPlan }; // Until the instance publishes again.
        }

        Render();
    }

    private void BackToList()
    {
        _window?.ShowList();
        _actionError = null;
        Reload();
    }

    /// <summary>Reads the published state off the GTK thread (a plan can be megabytes), then shows it; the latest read wins.</summary>
    private void Reload()
    {
        var read = ++_reads;
        Task.Run(() =>
        {
            var published = PublishedStateReader.Read(_directory);
            if (published.Plan is { } plan)
            {
                WindowContent.Prepare(plan); // Its groups and fingerprint, here rather than on the GTK thread.
            }

            return published;
        }).ContinueWith(
            published => _loop.Post(() =>
            {
                if (read == _reads)
                {
                    Show(published.GetAwaiter().GetResult());
                }
            }),
            TaskScheduler.Default);
    }

    private void Show(PublishedState published)
    {
        _published = published;
        if (_published.Instance is { Checking: true })
        {
            _actionError = null;
        }

        Render();
    }

    private void Render() => _window?.Render(WindowContent.Compose(_published, _actionError, DateTimeOffset.Now));
}
