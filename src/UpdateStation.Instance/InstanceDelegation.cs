namespace UpdateStation.Instance;

/// <summary>check-now's protocol: wake the running instance, or become it; a loser of the race delegates to the winner.</summary>
public static class InstanceDelegation
{
    /// <summary>Activates the running instance and waits for its acknowledgement, or runs <paramref name="runAsInstance"/>.</summary>
    /// <param name="files">The instance's lock and state.</param>
    /// <param name="timeout">How long to wait, in all, for an acknowledgement.</param>
    /// <param name="runAsInstance">Tries to become the instance and do the work; false when another process took the lock first.</param>
    /// <param name="whileWaiting">Work of the caller's own done while the instance handles the signal (see <see cref="InstanceClient.Activate"/>).</param>
    public static Delegation ActivateOrRun(InstanceFiles files, TimeSpan timeout, Func<bool> runAsInstance, Action? whileWaiting = null)
    {
        var clock = Stopwatch.StartNew();
        do
        {
            var outcome = InstanceClient.Activate(files, timeout - clock.Elapsed, whileWaiting);
            switch (outcome.Result)
            {
                case ActivationResult.Acknowledged:
                    return new(DelegationResult.Acknowledged, outcome.Pid, null);
                case ActivationResult.NoResponse:
                    return new(DelegationResult.NoResponse, outcome.Pid, null);
            }

            if (runAsInstance())
            {
                return new(DelegationResult.RanHere, Environment.ProcessId, null);
            }

            // Another process took the lock first: it is the instance now; delegate to it once it has published.
            InstanceLocator.WaitForPublished(files, timeout - clock.Elapsed);
        }
        while (clock.Elapsed < timeout);

        var lookup = InstanceLocator.Inspect(files);
        return lookup.Instance is { } late
            ? new(DelegationResult.NoResponse, late.Pid, null)
            : new(DelegationResult.Unreachable, 0, lookup.Describe(files));
    }
}
