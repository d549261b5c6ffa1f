using System.Diagnostics;

namespace UpdateStation.Commands;

/// <summary>`update-station check-now`: wake the running instance, or be the instance for one check.</summary>
internal static class CheckNowCommand
{
    /// <summary>
    /// How long a check-now instance stays reachable after its result: check-nows started at the same moment
    /// (a double click on the menu entry) join that result instead of running a second check.
    /// </summary>
    private static readonly TimeSpan s_linger = TimeSpan.FromSeconds(1);

    public static Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var directory = RuntimeDirectory.Open();
        var timeout = TimeSpan.FromSeconds(result.GetValue(CheckNowCommandDefinition.Timeout));
        var clock = Stopwatch.StartNew();
        var lastPid = 0;
        do
        {
            var outcome = InstanceClient.Activate(directory, timeout - clock.Elapsed);
            lastPid = outcome.Pid != 0 ? outcome.Pid : lastPid;
            switch (outcome.Result)
            {
                case ActivationResult.Acknowledged:
                    Console.WriteLine($"Asked the running instance (pid {outcome.Pid}) to check for updates.");
                    return Task.FromResult(ExitCodes.Success);
                case ActivationResult.NoResponse:
                    return Task.FromResult(NoResponse(outcome.Pid, timeout));
            }

            if (TryRunAsInstance(directory, result.GetValue(CheckNowCommandDefinition.Backend), out var exitCode))
            {
                return Task.FromResult(exitCode);
            }

            // Another process took the lock first: it is the instance now; delegate to it once it has published.
            lastPid = InstanceLocator.WaitForPublished(directory, timeout - clock.Elapsed)?.Pid ?? lastPid;
        }
        while (clock.Elapsed < timeout);

        return Task.FromResult(NoResponse(lastPid, timeout));
    }

    private static int NoResponse(int pid, TimeSpan timeout)
    {
        Log.Info(pid != 0
            ? $"the running instance (pid {pid}) did not respond within {timeout.TotalSeconds:0.#} s; it may be stopped or hung"
            : $"an instance holds the lock but did not publish its pid within {timeout.TotalSeconds:0.#} s");
        return ExitCodes.NoResponse;
    }

    private static bool TryRunAsInstance(RuntimeDirectory directory, string? backend, out int exitCode)
    {
        var check = new UpdateCheck(backend);
        using var session = new InstanceSession(directory, InstanceState.CheckNowMode, check);
        var status = ExitCodes.Success;

        // A check-now instance runs one check: activations join it, finished or not.
        session.Host.ActivationsJoinLastCheck = true;
        session.Host.CheckCompleted += summary =>
        {
            status = PlanOutput.Print(check.LastPlan, summary);
            _ = Task.Delay(s_linger).ContinueWith(_ => session.Quit(), TaskScheduler.Default);
        };
        var started = session.Run(() =>
        {
            Log.Info($"no instance running; checking here (pid {Environment.ProcessId})");
            session.Host.StartCheck();
        });
        exitCode = status;
        return started;
    }
}
