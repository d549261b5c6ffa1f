namespace UpdateStation;

/// <summary>Composes this process as the instance: main loop, SIGUSR1 host, termination signals, logging.</summary>
internal sealed class InstanceSession : IDisposable
{
    private readonly HeadlessMainLoop _loop = new();
    private readonly InstanceHost _host;
    private readonly PosixSignalRegistration _sigterm;
    private readonly PosixSignalRegistration _sigint;

    /// <summary>Registers SIGUSR1 first (the protocol's first step), then SIGTERM and SIGINT for a clean stop.</summary>
    public InstanceSession(RuntimeDirectory directory, string mode, UpdateCheck check)
    {
        _host = new InstanceHost(directory, mode, _loop, check.RunAsync);
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        _host.Activated += _ => Log.Info($"activation {_host.State.Activations}: checking for updates");
    }

    public InstanceHost Host => _host;

    public IMainLoop Loop => _loop;

    /// <summary>Runs the main loop; <paramref name="started"/> runs on it once this process holds the lock.</summary>
    /// <returns>False when another instance holds the lock (nothing ran).</returns>
    public bool Run(Action started)
    {
        var acquired = false;
        _loop.Post(() =>
        {
            acquired = _host.TryStart();
            if (!acquired)
            {
                _loop.Quit();
                return;
            }

            if (_host.SignalWasIgnored)
            {
                Log.Info("SIGUSR1 was inherited as ignored; restored it so check-now can reach this instance");
            }

            started();
        });
        _loop.Run();
        return acquired;
    }

    public void Quit() => _loop.Quit();

    public void Dispose()
    {
        _sigterm.Dispose();
        _sigint.Dispose();
        _host.Dispose();
        _loop.Dispose();
    }

    private void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        _loop.Quit();
    }
}
