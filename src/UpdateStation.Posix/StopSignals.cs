namespace UpdateStation.Posix;

/// <summary>
/// The signals that stop any process of ours cleanly: SIGHUP (a closed terminal), SIGINT (Ctrl-C), SIGQUIT (Ctrl-\)
/// and SIGTERM. Every process registers them here, so the list lives once.
/// </summary>
/// <remarks>
/// What a stop means is the registrant's: the instance (tray, check-now, window, legacy icon) quits its main loop
/// (InstanceHost), a check or an upgrade cancels its work until packages start changing (<see cref="StoppableRun"/>).
/// </remarks>
public sealed class StopSignals : IDisposable
{
    private static readonly PosixSignal[] s_all = [PosixSignal.SIGHUP, PosixSignal.SIGINT, PosixSignal.SIGQUIT, PosixSignal.SIGTERM];

    private readonly PosixSignalRegistration[] _registrations;

    private StopSignals(Action<PosixSignalContext> handler) =>
        _registrations = [.. s_all.Select(signal => PosixSignalRegistration.Create(signal, handler))];

    /// <summary>SIGHUP, SIGINT, SIGQUIT and SIGTERM.</summary>
    public static IReadOnlyList<PosixSignal> All => s_all;

    /// <summary>Handles every stop signal with <paramref name="handler"/> until disposed.</summary>
    /// <param name="handler">Runs on a pool thread; without <see cref="PosixSignalContext.Cancel"/>, .NET then takes the signal's default action (the process ends).</param>
    public static StopSignals Register(Action<PosixSignalContext> handler) => new(handler);

    /// <summary>The exit status of a run a stop signal ended: 128 + its number, as a shell reports it (129, 130, 131, 143).</summary>
    public static int ExitStatusFor(PosixSignal signal) => 128 + signal switch
    {
        PosixSignal.SIGHUP => 1,
        PosixSignal.SIGINT => 2,
        PosixSignal.SIGQUIT => 3,
        PosixSignal.SIGTERM => 15,
        _ => (int)signal,
    };

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
