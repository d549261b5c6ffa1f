namespace UpdateStation.Commands;

/// <summary>
/// Starts a GTK process of ours (the window, the legacy icon) by check-now's protocol: activate the running one, or
/// become it; a loser of the lock waits for the winner to publish and activates it. Never two.
/// </summary>
internal static class SingleInstanceLaunch
{
    /// <summary>How long to wait for the running one to acknowledge, or for one that is starting to publish.</summary>
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    /// <param name="own">The process's lock and state.</param>
    /// <param name="what">What it is, for messages: "the open window".</param>
    /// <param name="tryBecome">Takes the lock and runs as the process; null when another holds the lock.</param>
    public static int Run(InstanceFiles own, string what, Func<int?> tryBecome)
    {
        var exitCode = ExitCodes.Success;
        var delegation = InstanceDelegation.ActivateOrRun(own, s_timeout, () =>
        {
            if (tryBecome() is not { } code)
            {
                return false;
            }

            exitCode = code;
            return true;
        });
        return delegation.Result switch
        {
            DelegationResult.Acknowledged => ExitCodes.Success,
            DelegationResult.RanHere => exitCode,
            DelegationResult.NoResponse => NoResponse($"{what} (pid {delegation.Pid}) did not respond within {s_timeout.TotalSeconds:0} s; it may be stopped or hung"),
            _ => NoResponse($"{what} cannot be reached: {delegation.Found}"),
        };
    }

    private static int NoResponse(string message)
    {
        Log.Info(message);
        return ExitCodes.NoResponse;
    }
}
