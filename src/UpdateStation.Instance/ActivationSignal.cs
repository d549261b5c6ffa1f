namespace UpdateStation.Instance;

/// <summary>SIGUSR1 as an activation request: the handler only posts to the main loop, never does the work.</summary>
/// <remarks>
/// A burst of signals coalesces into one pending activation: the flag is cleared when the activation starts on the
/// loop, so a signal that arrives after that queues another one. A client that saw the activation count before it
/// signalled therefore always sees it go up.
/// </remarks>
public sealed class ActivationSignal : IDisposable
{
    private readonly PosixSignalRegistration _registration;
    private readonly IMainLoop _loop;
    private readonly Action _activate;
    private int _pending;

    private ActivationSignal(IMainLoop loop, Action activate)
    {
        _loop = loop;
        _activate = activate;

        // .NET keeps honouring an inherited SIG_IGN (its handler would never run), so restore the default first.
        WasIgnored = SignalDisposition.ResetIfIgnored(Signal.SIGUSR1);
        _registration = PosixSignalRegistration.Create(Signal.SIGUSR1.AsPosixSignal, OnSignal);
    }

    /// <summary>SIGUSR1 was inherited as ignored and has been reset, for the log.</summary>
    public bool WasIgnored { get; }

    /// <summary>Takes SIGUSR1 over. Call this before anything can find the process.</summary>
    public static ActivationSignal Register(IMainLoop loop, Action activate) => new(loop, activate);

    public void Dispose() => _registration.Dispose();

    private void OnSignal(PosixSignalContext context)
    {
        // Without Cancel, .NET restores the default action and re-raises: the process would die.
        context.Cancel = true;
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _loop.Post(RunPending);
        }
    }

    private void RunPending()
    {
        Volatile.Write(ref _pending, 0);
        _activate();
    }
}
