namespace UpdateStation;

/// <summary>Composes this process as the instance on the caller's main loop: the host (SIGUSR1, stop signals, lock, state), checks, logging.</summary>
internal sealed class InstanceSession : IDisposable
{
    private readonly IMainLoop _loop;
    private readonly InstanceHost _host;
    private readonly InstanceChecks<UpdatePlan> _checks;

    /// <summary>
    /// Registers SIGUSR1 first (the protocol's first step), then the stop signals for a clean stop (through the host:
    /// a closed terminal or Ctrl-\ must not leave the state published or a check's package manager running).
    /// </summary>
    public InstanceSession(IMainLoop loop, RuntimeDirectory directory, string mode, UpdateCheck check)
    {
        _loop = loop;
        _host = new InstanceHost(directory.Instance, mode, loop) { WaitsForOneShotInstance = mode == InstanceState.TrayMode };
        _checks = new InstanceChecks<UpdatePlan>(_host, loop, check.RunAsync, UpdateCheck.ToJson);
        _host.Notice += Log.Info;
        _host.SteppedDown += reason =>
        {
            SteppedDownBecause = reason;
            _loop.Quit();
        };
        _checks.Activated += _ => Log.Info($"activation {_host.State.Activations}: checking for updates");
    }

    public InstanceHost Host => _host;

    public InstanceChecks<UpdatePlan> Checks => _checks;

    /// <summary>The termination signal that stopped the loop; null when it ended otherwise.</summary>
    public PosixSignal? StoppedBy => _host.StoppedBy;

    /// <summary>Why this process stopped being the instance (another one holds the lock now); null when it did not.</summary>
    public string? SteppedDownBecause { get; private set; }

    /// <summary>Runs the main loop on the calling thread; <paramref name="started"/> runs on it once this process is the instance.</summary>
    /// <returns>How the start went: <see cref="StartResult.AlreadyRunning"/> when another instance holds the lock (nothing ran).</returns>
    public StartOutcome Run(Action started)
    {
        var outcome = default(StartOutcome);
        _host.Started += () => Begin(started);
        _loop.Post(() =>
        {
            outcome = _host.TryStart();
            switch (outcome.Result)
            {
                case StartResult.Started:
                    Begin(started);
                    break;
                case StartResult.Waiting:
                    Log.Info($"a check-now instance (pid {outcome.Pid}) is running; this one takes over when it exits");
                    break;
                default:
                    _loop.Quit();
                    break;
            }
        });
        _loop.Run();
        return outcome;
    }

    public void Quit() => _loop.Quit();

    /// <summary>Runs <paramref name="work"/> on the loop thread.</summary>
    public void Post(Action work) => _loop.Post(work);

    /// <summary>Unpublishes and releases the lock first; SIGUSR1 stays handled until the process exits.</summary>
    public void Dispose()
    {
        _checks.Dispose();
        _host.Dispose();
    }

    private void Begin(Action started)
    {
        if (_host.SignalWasIgnored)
        {
            Log.Info("SIGUSR1 was inherited as ignored; restored it so check-now can reach this instance");
        }

        started();
    }
}
