namespace UpdateStation.Posix;

/// <summary>
/// A check or an upgrade under the <see cref="StopSignals"/>: each one stops it cleanly until packages start
/// changing, and is refused from then on, so the package manager is never stopped midway.
/// </summary>
/// <remarks>
/// Before <see cref="BeginChanges"/>, the first stop signal cancels <see cref="Token"/> (and the front end exits
/// 128 + the signal's number, nothing changed). After it, each one is answered through the callback and the run goes on.
/// The switch is atomic: a signal is either in time to stop the run or is refused, never both or neither.
/// SIGKILL cannot be caught; the package manager runs detached (see Packages' DetachedRunner), so it survives that too.
/// SIGUSR1 wakes the instance (`pkill -USR1 update-station` reaches every process of ours); it is not a stop request,
/// so it is ignored here instead of ending the process by its default action.
/// </remarks>
public sealed class StoppableRun : IDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Action<PosixSignal> _onRefused;
    private readonly StopSignals _stopSignals;
    private readonly PosixSignalRegistration _activation;
    private bool _changing;
    private PosixSignal? _stoppedBy;

    /// <param name="onRefused">Called (on a pool thread) for each signal that arrives once packages change; its IO errors are ignored.</param>
    public StoppableRun(Action<PosixSignal> onRefused)
    {
        _onRefused = onRefused;
        _stopSignals = StopSignals.Register(OnSignal);
        _activation = PosixSignalRegistration.Create(Signal.SIGUSR1.AsPosixSignal, static context => context.Cancel = true);
    }

    /// <summary>Cancelled by the first signal that arrives before packages change.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>The signal that stopped the run before anything changed; null when none did.</summary>
    public PosixSignal? StoppedBy
    {
        get
        {
            lock (_gate)
            {
                return _stoppedBy;
            }
        }
    }

    /// <summary>Marks the moment packages start changing; from now on every signal is refused.</summary>
    /// <exception cref="OperationCanceledException">A signal stopped the run before this moment.</exception>
    public void BeginChanges()
    {
        lock (_gate)
        {
            if (_stoppedBy is not null)
            {
                throw new OperationCanceledException(_stop.Token);
            }

            _changing = true;
        }
    }

    public void Dispose()
    {
        _stopSignals.Dispose();
        _activation.Dispose();
        _stop.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // Never the default action (which ends the process): either a clean stop or a refusal.
        context.Cancel = true;
        bool refuse;
        lock (_gate)
        {
            refuse = _changing;
            if (!refuse)
            {
                _stoppedBy ??= context.Signal;
            }
        }

        if (!refuse)
        {
            try
            {
                _stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // A signal that raced the end of the run: there is nothing left to stop.
            }

            return;
        }

        try
        {
            _onRefused(context.Signal);
        }
        catch (IOException)
        {
            // A terminal that is gone cannot be told; the run goes on regardless.
        }
    }
}
