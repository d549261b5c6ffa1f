namespace UpdateStation.Instance;

/// <summary>This process as the instance: the SIGUSR1 handler, the lock and the published state.</summary>
/// <remarks>
/// Start-up order is the protocol (DESIGN.md): the constructor registers the signal handler; the caller then posts
/// <see cref="TryStart"/> to the running main loop, which takes the lock and only then publishes the pid. So nothing
/// can find the instance before it can take the signal. Every member but the constructor runs on the loop thread.
/// What an activation does (a check) is the business of whoever handles <see cref="Activated"/>.
/// </remarks>
public sealed partial class InstanceHost : IDisposable
{
    private readonly InstanceFiles _files;
    private readonly IMainLoop _loop;
    private readonly ActivationSignal _signal;
    private readonly PublishedFile _stateFile;
    private readonly PublishedFile _planFile;
    private InstanceState _state;
    private bool _insideActivation;
    private bool _activatedBeforeStart;

    /// <summary>Registers the SIGUSR1 handler. Call before the main loop runs and before anything else.</summary>
    public InstanceHost(InstanceFiles files, string mode, IMainLoop loop)
    {
        _files = files;
        _loop = loop;
        _signal = ActivationSignal.Register(loop, OnActivation);
        _stateFile = new PublishedFile(files.StateFile, Report);
        _planFile = new PublishedFile(files.Directory.PlanFile, Report);
        var self = ProcessIdentity.Self();
        _state = new InstanceState(Environment.ProcessId, self?.StartTime ?? 0, mode, DateTimeOffset.Now, 0, false, null);
    }

    /// <summary>An activation (SIGUSR1) arrived. Raised on the loop thread; state changes made by handlers are
    /// published together with the raised activation count, in one write: that write is the acknowledgement.</summary>
    public event Action? Activated;

    /// <summary>Something a person may want in the log (a state that could not be published, a lock taken again).</summary>
    public event Action<string>? Notice;

    /// <summary>This process took over from a one-shot instance it was waiting for (<see cref="StartResult.Waiting"/>).</summary>
    public event Action? Started;

    /// <summary>Another instance holds the lock now: this one has stopped being the instance and should exit. The argument says why.</summary>
    public event Action<string>? SteppedDown;

    public InstanceState State => _state;

    /// <summary>SIGUSR1 had been inherited as ignored and was reset to its default before the handler was registered.</summary>
    public bool SignalWasIgnored => _signal.WasIgnored;

    /// <summary>Whether a one-shot (check-now) instance holding the lock is waited for rather than a reason to give up (the tray).</summary>
    public bool WaitsForOneShotInstance { get; init; }

    /// <summary>Changes the published state and publishes it (inside an activation, with the acknowledgement).</summary>
    public void Update(Func<InstanceState, InstanceState> change)
    {
        _state = change(_state);
        if (!_insideActivation)
        {
            Publish();
        }
    }

    /// <summary>An activation from inside this process (the icon's "Check for Updates"): exactly what SIGUSR1 does.</summary>
    public void Activate() => OnActivation();

    /// <summary>Publishes the last plan (plan.json, beside the state), before the state that announces it.</summary>
    public void PublishPlan(byte[] json)
    {
        if (_lock is not null)
        {
            _planFile.Write(json);
        }
    }

    /// <summary>Unpublishes the state, then releases the lock: a client never finds a state without a holder.</summary>
    /// <remarks>SIGUSR1 stays handled (as nothing) until the process exits, so a late activation cannot kill it.</remarks>
    public void Dispose()
    {
        StopWatching();
        _signal.Dispose();
        if (_lock is not null)
        {
            // Only while the path still names our lock: otherwise the state there may be another instance's.
            if (_lock.IsStillAt(_files.LockFile))
            {
                StateFile.TryDelete(_files.StateFile);
            }

            _lock.Dispose();
            _lock = null;
        }
    }

    private void OnActivation()
    {
        if (_lock is null)
        {
            // A signal from someone who guessed our pid before we hold the lock: handle it once we do.
            _activatedBeforeStart = true;
            return;
        }

        _insideActivation = true;
        try
        {
            _state = _state with { Activations = _state.Activations + 1 };
            Activated?.Invoke();
        }
        finally
        {
            _insideActivation = false;
        }

        Publish();
    }

    private void Publish()
    {
        if (_lock is not null)
        {
            _stateFile.Write(StateFile.Serialize(_state));
        }
    }

    private void Report(string message) => Notice?.Invoke(message);
}
