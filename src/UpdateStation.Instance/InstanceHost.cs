namespace UpdateStation.Instance;

/// <summary>
/// This process as a single-instance process of ours (the instance: tray or check-now; the window; the legacy icon):
/// the SIGUSR1 handler, the stop signals, the lock and the published state, over any <see cref="IMainLoop"/>.
/// </summary>
/// <remarks>
/// Start-up order is the protocol (DESIGN.md): the constructor registers the signal handler, then the stop signals;
/// <see cref="TryStart"/> takes the lock and only then publishes the pid (or, with <see cref="PublishesLater"/>, waits
/// for <see cref="Publish"/>: the window, once it is mapped). So nothing can find the process before it can take the
/// signal. Every member but the constructor runs on the loop thread (for GTK, the thread that will run its loop).
/// What an activation does (a check, raising a window) is the business of whoever handles <see cref="Activated"/>.
/// </remarks>
public sealed partial class InstanceHost : IDisposable
{
    private readonly InstanceFiles _files;
    private readonly IMainLoop _loop;
    private readonly ActivationSignal _signal;
    private readonly PublishedFile _stateFile;
    private readonly PublishedFile _planFile;
    private readonly StopSignals _stopSignals;
    private InstanceState _state;
    private volatile bool _loopRunning;
    private volatile bool _published;
    private bool _insideActivation;
    private bool _activatedBeforeStart;

    /// <summary>Registers the SIGUSR1 handler, then the stop signals. Call before the main loop runs and before anything else.</summary>
    public InstanceHost(InstanceFiles files, string mode, IMainLoop loop)
    {
        _files = files;
        _loop = loop;
        _signal = ActivationSignal.Register(loop, OnActivation);
        _stopSignals = StopSignals.Register(OnStop);
        loop.Post(() => _loopRunning = true);
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

    /// <summary>The stop signal (SIGHUP, SIGINT, SIGQUIT, SIGTERM) that ended the loop; null when it ended otherwise.</summary>
    public PosixSignal? StoppedBy { get; private set; }

    /// <summary>
    /// <see cref="TryStart"/> takes the lock but publishes nothing until <see cref="Publish"/>: for a process whose
    /// callers must find it ready (the window, published from its first map-event).
    /// </summary>
    public bool PublishesLater { get; init; }

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
            WriteState();
        }
    }

    /// <summary>With <see cref="PublishesLater"/>: publishes the state; from now on clients find this process.</summary>
    /// <remarks>
    /// This first write must succeed, or the process could never be found: its failure ends the start. Later writes
    /// (activations, updates) that fail are reported through <see cref="Notice"/> and retried on the lock watch's tick.
    /// </remarks>
    /// <exception cref="InstanceException">The state cannot be written (said in words).</exception>
    public void Publish()
    {
        Debug.Assert(_lock is not null && PublishesLater);
        try
        {
            _stateFile.WriteOnce(StateFile.Serialize(_state));
        }
        catch (PosixException ex)
        {
            throw new InstanceException($"Cannot publish {_files.StateFile}: {ErrnoText.Describe(ex.Errno)}.", ex);
        }

        _published = true;
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
            Unpublish();
            _lock.Dispose();
            _lock = null;
        }

        _stopSignals.Dispose();
    }

    /// <summary>Deletes the published state (the lock stays held): for a process about to exit at once (its display lost).</summary>
    public void Unpublish()
    {
        // Only while the path still names our lock: otherwise the state there may be another instance's.
        if (_lock is not null && _lock.IsStillAt(_files.LockFile))
        {
            StateFile.TryDelete(_files.StateFile);
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

        WriteState();
    }

    private void WriteState()
    {
        if (_lock is not null && _published)
        {
            _stateFile.Write(StateFile.Serialize(_state));
        }
    }

    /// <summary>
    /// Ends the loop. Before the loop runs (a window's display being opened) nothing is published and a posted quit
    /// would wait for all of that: the signal's default action then ends the process at once (the kernel drops the lock).
    /// </summary>
    private void OnStop(PosixSignalContext context)
    {
        if (_loopRunning || _published)
        {
            context.Cancel = true;
        }

        StoppedBy ??= context.Signal;
        _loop.Quit();
    }

    private void Report(string message) => Notice?.Invoke(message);
}
