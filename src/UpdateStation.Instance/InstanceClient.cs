namespace UpdateStation.Instance;

/// <summary>Wakes the running instance with SIGUSR1 and waits for its acknowledgement.</summary>
public static class InstanceClient
{
    private static readonly TimeSpan s_livenessInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Signals the verified instance and waits until it has handled the activation, up to <paramref name="timeout"/>.</summary>
    /// <remarks>
    /// On Linux the signal goes through a pidfd opened before the final verification, so it cannot reach a process
    /// that reused the pid. If the instance exits before acknowledging, the caller hears <see cref="ActivationResult.NotRunning"/>
    /// and may take its place.
    /// </remarks>
    /// <param name="whileWaiting">
    /// Run once the signal is sent, before the first look for the acknowledgement: the instance needs about half a
    /// millisecond to handle it, time the caller can spend on what it does next (check-now: its message's translation).
    /// </param>
    public static ActivationOutcome Activate(InstanceFiles files, TimeSpan timeout, Action? whileWaiting = null)
    {
        var clock = Stopwatch.StartNew();
        var state = StateFile.TryRead(files.StateFile);
        if (state is null)
        {
            return new(ActivationResult.NotRunning, 0);
        }

        // Verify after the pidfd is open: from then on the handle names the process we verified, whatever the pid does.
        using var process = PidHandle.Open(state.Pid);
        if (process is null || !InstanceLocator.IsGenuine(state, files))
        {
            // A pid we could not verify is nobody's: never name it to the user.
            return new(ActivationResult.NotRunning, 0);
        }

        if (!process.TrySend(Signal.SIGUSR1))
        {
            return new(ActivationResult.NotRunning, state.Pid);
        }

        whileWaiting?.Invoke();

        var nextLivenessCheck = s_livenessInterval;
        while (clock.Elapsed < timeout)
        {
            var now = StateFile.TryRead(files.StateFile);
            if (now is not null && now.Pid == state.Pid && now.Activations > state.Activations)
            {
                return new(ActivationResult.Acknowledged, state.Pid);
            }

            if (clock.Elapsed >= nextLivenessCheck)
            {
                nextLivenessCheck += s_livenessInterval;
                if (now is null || now.Pid != state.Pid || !ProcessSignals.IsAlive(state.Pid))
                {
                    return new(ActivationResult.NotRunning, state.Pid);
                }
            }

            // Poll every 200 µs: an acknowledgement usually takes well under a millisecond, and a sleeping client
            // leaves both cores to the instance's signal, pool and loop threads.
            Pause.Microseconds(200);
        }

        return new(ActivationResult.NoResponse, state.Pid);
    }
}
