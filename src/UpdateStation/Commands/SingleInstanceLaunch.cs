using System.Diagnostics;

namespace UpdateStation.Commands;

/// <summary>
/// The race-and-delegate loop of a GTK process of ours (the window, the legacy icon): activate the running one, or
/// become it; a loser of the lock waits for the winner to publish and activates it. Never two.
/// </summary>
internal static class SingleInstanceLaunch
{
    /// <summary>How long to wait for the running one to acknowledge, or for one that is starting to publish.</summary>
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    /// <param name="own">The process's view of the runtime directory (its lock and state).</param>
    /// <param name="what">What it is, for messages: "the open window".</param>
    /// <param name="tryBecome">Takes the lock and runs as the process; null when another holds the lock.</param>
    public static int Run(RuntimeDirectory own, string what, Func<int?> tryBecome)
    {
        var clock = Stopwatch.StartNew();
        var lastPid = 0;
        do
        {
            var outcome = InstanceClient.Activate(own, s_timeout - clock.Elapsed);
            lastPid = outcome.Pid != 0 ? outcome.Pid : lastPid;
            switch (outcome.Result)
            {
                case ActivationResult.Acknowledged:
                    return ExitCodes.Success;
                case ActivationResult.NoResponse:
                    return NoResponse(what, outcome.Pid);
            }

            if (tryBecome() is { } exitCode)
            {
                return exitCode;
            }

            lastPid = InstanceLocator.WaitForPublished(own, s_timeout - clock.Elapsed)?.Pid ?? lastPid;
        }
        while (clock.Elapsed < s_timeout);

        return NoResponse(what, lastPid);
    }

    private static int NoResponse(string what, int pid)
    {
        Log.Info(pid != 0
            ? $"{what} (pid {pid}) did not respond within {s_timeout.TotalSeconds:0} s; it may be stopped or hung"
            : $"{what} holds its lock but did not appear within {s_timeout.TotalSeconds:0} s");
        return ExitCodes.NoResponse;
    }
}
