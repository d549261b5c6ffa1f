namespace UpdateStation.Instance;

/// <summary>SIGUSR1 as an activation request: the handler only posts to the main loop, never does the work.</summary>
/// <remarks>
/// A burst of signals coalesces into one pending activation: the flag is cleared when the activation starts on the
/// loop, so a signal that arrives after that queues another one. A client that saw the activation count before it
/// signalled therefore always sees it go up.
/// The registration is made once per process and never undone: after <see cref="Dispose"/> a late SIGUSR1 (a client
/// that verified the instance just before it stopped) is still handled, as nothing, instead of killing the process.
/// </remarks>
public sealed class ActivationSignal : IDisposable
{
    private static readonly Lock s_gate = new();
    private static PosixSignalRegistration? s_registration;
    private static ActivationSignal? s_current;

    private readonly IMainLoop _loop;
    private readonly Action _activate;
    private int _pending;

    private ActivationSignal(IMainLoop loop, Action activate)
    {
        _loop = loop;
        _activate = activate;
        lock (s_gate)
        {
            if (s_registration is null)
            {
                // .NET keeps honouring an inherited SIG_IGN (its handler would never run), so restore the default first.
                WasIgnored = SignalDisposition.ResetIfIgnored(Signal.SIGUSR1);
                s_registration = PosixSignalRegistration.Create(Signal.SIGUSR1.AsPosixSignal, OnSignal);
            }

            Volatile.Write(ref s_current, this);
        }
    }

    /// <summary>SIGUSR1 was inherited as ignored and has been reset, for the log.</summary>
    public bool WasIgnored { get; }

    /// <summary>Takes SIGUSR1 over. Call this before anything can find the process.</summary>
    public static ActivationSignal Register(IMainLoop loop, Action activate) => new(loop, activate);

    /// <summary>Stops posting activations; SIGUSR1 stays handled (as nothing) until the process exits.</summary>
    public void Dispose() => Interlocked.CompareExchange(ref s_current, null, this);

    private static void OnSignal(PosixSignalContext context)
    {
        // Without Cancel, .NET restores the default action and re-raises: the process would die.
        context.Cancel = true;
        Volatile.Read(ref s_current)?.Queue();
    }

    private void Queue()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _loop.Post(RunPending);
        }
    }

    private void RunPending()
    {
        Volatile.Write(ref _pending, 0);
        if (Volatile.Read(ref s_current) == this)
        {
            _activate();
        }
    }
}
