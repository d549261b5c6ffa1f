namespace UpdateStation.Instance;

/// <summary>This process as the instance: the SIGUSR1 handler, the lock, the published state, and the checks it runs.</summary>
/// <remarks>
/// Start-up order is the protocol (DESIGN.md): the constructor registers the signal handler; the caller then posts
/// <see cref="TryStart"/> to the running main loop, which takes the lock and only then publishes the pid. So nothing
/// can find the instance before it can take the signal. Every member but the constructor runs on the loop thread.
/// </remarks>
public sealed class InstanceHost : IDisposable
{
    private readonly RuntimeDirectory _directory;
    private readonly IMainLoop _loop;
    private readonly Func<CancellationToken, Task<CheckSummary>> _check;
    private readonly ActivationSignal _signal;
    private static readonly TimeSpan s_checkStopTimeout = TimeSpan.FromSeconds(15);
    private readonly CancellationTokenSource _stopping = new();
    private FileLock? _lock;
    private InstanceState _state;
    private Task<CheckSummary>? _runningCheck;
    private bool _activatedBeforeStart;

    /// <summary>Registers the SIGUSR1 handler. Call before the main loop runs and before anything else.</summary>
    public InstanceHost(RuntimeDirectory directory, string mode, IMainLoop loop, Func<CancellationToken, Task<CheckSummary>> check)
    {
        _directory = directory;
        _loop = loop;
        _check = check;
        _signal = ActivationSignal.Register(loop, OnActivation);
        var self = ProcessIdentity.Self();
        _state = new InstanceState(Environment.ProcessId, self?.StartTime ?? 0, mode, DateTimeOffset.Now, 0, false, null);
    }

    /// <summary>An activation (SIGUSR1) was handled: the check has been started or joined. Raised on the loop thread.</summary>
    public event Action<Task<CheckSummary>>? Activated;

    /// <summary>A check completed. Raised on the loop thread.</summary>
    public event Action<CheckSummary>? CheckCompleted;

    public InstanceState State => _state;

    /// <summary>
    /// Activations reuse the last check, finished or not, instead of starting a new one: a check-now instance that
    /// has just shown its result answers the check-nows started at the same moment with that result.
    /// </summary>
    public bool ActivationsJoinLastCheck { get; set; }

    /// <summary>SIGUSR1 had been inherited as ignored and was reset to its default before the handler was registered.</summary>
    public bool SignalWasIgnored => _signal.WasIgnored;

    /// <summary>Takes the instance lock and publishes the state; false when another instance holds the lock.</summary>
    /// <exception cref="PosixException">The lock file cannot be opened or locked for another reason than contention.</exception>
    public bool TryStart()
    {
        _lock = FileLock.TryAcquire(_directory.LockFile);
        if (_lock is null)
        {
            return false;
        }

        ProcessTitle.Set("update-station");
        Publish();
        if (_activatedBeforeStart)
        {
            OnActivation();
        }

        return true;
    }

    /// <summary>Starts a check, or returns the one in progress: a check is never run twice at once.</summary>
    public Task<CheckSummary> StartCheck()
    {
        if (_runningCheck is { IsCompleted: false })
        {
            Publish();
            return _runningCheck;
        }

        // Publish before the check starts, so the acknowledgement does not queue behind the check's start-up work.
        _state = _state with { Checking = true };
        Publish();
        var check = Task.Run(() => RunCheckAsync(_stopping.Token));
        _runningCheck = check;
        check.ContinueWith(t => _loop.Post(() => OnCheckCompleted(t.Result)), TaskScheduler.Default);
        return check;
    }

    /// <summary>Checks after <paramref name="first"/>, then every <paramref name="interval"/>, on the loop thread.</summary>
    public IDisposable SchedulePeriodicChecks(TimeSpan first, TimeSpan interval) =>
        new Timer(_ => _loop.Post(() => StartCheck()), null, first, interval);

    /// <summary>Unpublishes the state, then releases the lock: a client never finds a state without a holder.</summary>
    public void Dispose()
    {
        _stopping.Cancel();
        _signal.Dispose();
        if (_lock is not null)
        {
            StateFile.Delete(_directory.StateFile);
            _lock.Dispose();
        }

        // The cancelled check stops its child (SIGTERM, SIGKILL after a grace period) and waits for it: wait for that,
        // or the child would outlive us, orphaned. Bounded: a check that ignores cancellation must not hang the exit.
        _runningCheck?.Wait(s_checkStopTimeout);
        _stopping.Dispose();
    }

    private void OnActivation()
    {
        if (_lock is null)
        {
            // A signal from someone who guessed our pid before we hold the lock: handle it once we do.
            _activatedBeforeStart = true;
            return;
        }

        // The count and the check it started are published together: that write is the acknowledgement.
        _state = _state with { Activations = _state.Activations + 1 };
        var check = ActivationsJoinLastCheck && _runningCheck is not null ? Republish(_runningCheck) : StartCheck();
        Activated?.Invoke(check);
    }

    private void OnCheckCompleted(CheckSummary summary)
    {
        _state = _state with { Checking = _runningCheck is { IsCompleted: false }, LastCheck = summary };
        Publish();
        CheckCompleted?.Invoke(summary);
    }

    private async Task<CheckSummary> RunCheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _check(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The check function reports expected failures itself; anything else still must not kill the tray.
            return new CheckSummary(DateTimeOffset.Now, 0, 0, ex.Message);
        }
    }

    private Task<CheckSummary> Republish(Task<CheckSummary> check)
    {
        Publish();
        return check;
    }

    private void Publish() => StateFile.Write(_directory.StateFile, _state);
}
