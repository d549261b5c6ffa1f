using UpdateStation.Desktop;
using UpdateStation.Desktop.Notifications;

namespace UpdateStation.Face;

/// <summary>
/// The tray instance's face in a desktop session: the <see cref="DesktopFace"/> (icon, menu, notifications) created on
/// the instance's main loop and fed by its checks, and the GTK processes it starts (the window, the legacy icon).
/// </summary>
/// <remarks>Every member runs on the loop thread; the face's events reach it through the loop's Post.</remarks>
internal sealed class TrayFace(InstanceSession session, OwnProcesses processes, StationSettings settings) : IAsyncDisposable
{
    private readonly AutomaticRunTeller _teller = new(CommandSettings.RunLogPath(settings), AutomaticRunsToldFile.ForUser());
    private DesktopFace? _face;
    private readonly LegacyIconSwitch _legacyIcon = new(processes.StartLegacyIcon, processes.StopLegacyIcon);
    private IMainLoop? _loop;

    /// <summary>Connects to the session bus (off the loop) and wires the face once connected; headless when there is none.</summary>
    public void Start(IMainLoop loop)
    {
        _loop = loop;
        session.Checks.Started += () => _face?.ShowCheckingAsync();
        session.Checks.Completed += Show;
        var options = new DesktopFaceOptions
        {
            Dispatch = loop.Post,
            Log = Log.Info,
            Notifications = NotificationSettings.From(settings),
        };
        _ = Task.Run(async () =>
        {
            var face = await DesktopFace.TryStartAsync(options).ConfigureAwait(false);
            loop.Post(() => Attach(face));
        });
    }

    public async ValueTask DisposeAsync()
    {
        _legacyIcon.Stop();
        if (_face is { } face)
        {
            _face = null;
            await face.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void Attach(DesktopFace? face)
    {
        if (face is null)
        {
            Log.Info($"running as the instance (pid {Environment.ProcessId}); no session bus, so no tray icon (headless)");
            return;
        }

        _face = face;
        face.CheckRequested += session.Host.Activate;
        face.QuitRequested += session.Quit;
        face.ShowWindowRequested += () => processes.ShowWindow();
        face.StatusNotifierHostChanged += _legacyIcon.HostChanged;
        _ = face.DisconnectedAsync().ContinueWith(_ => _loop?.Post(SessionEnded), TaskScheduler.Default);
        Log.Info($"running as the instance (pid {Environment.ProcessId}); tray icon {face.ItemService} on the session bus");
        if (session.Checks.IsRunning)
        {
            _ = face.ShowCheckingAsync();
        }

        _legacyIcon.HostChanged(face.HasStatusNotifierHost);
        _teller.Tell(face);
    }

    /// <summary>The session bus went away (dbus-daemon ends with the session): the instance stops as on SIGTERM.</summary>
    private void SessionEnded()
    {
        if (_face is null)
        {
            return; // Disposed: this is our own disconnection.
        }

        Log.Info("the session bus went away (the desktop session ended); stopping");
        session.Quit();
    }

    private void Show(CheckResult<UpdatePlan> check)
    {
        if (_face is null)
        {
            return;
        }

        var shown = check.Plan is { } plan ? _face.ShowPlanAsync(plan) : _face.ShowCheckFailedAsync(check.Summary.Error ?? "no plan");
        _ = shown.ContinueWith(t => Log.Info($"cannot show the check on the desktop: {t.Exception?.InnerException?.Message}"),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        if (check.Plan is { } checkedPlan)
        {
            ShowPendingRestart(checkedPlan.Backend);
        }

        _teller.Tell(_face);
    }

    /// <summary>A restart an upgrade asked for stays on the icon until the system has restarted (asked after every check).</summary>
    private void ShowPendingRestart(string backend) => _ = Task.Run(async () =>
    {
        var restart = await PendingRestart.DetectAsync(backend).ConfigureAwait(false);
        _loop?.Post(() =>
        {
            if (_face is not null)
            {
                _face.RestartNeeded = restart.Required;
            }
        });
    });
}
