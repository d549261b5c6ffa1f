using System.Globalization;
using UpdateStation.Face;
using UpdateStation.Posix;

namespace UpdateStation.Commands;

/// <summary>`update-station check-now`: wake the running instance, or be the instance for one check.</summary>
internal static class CheckNowCommand
{
    /// <summary>
    /// How long a check-now instance stays reachable after its result: check-nows started at the same moment
    /// (a double click on the menu entry) join that result instead of running a second check.
    /// </summary>
    private static readonly TimeSpan s_linger = TimeSpan.FromSeconds(1);

    /// <summary>Synchronous on purpose: as the instance, its main loop runs on the main thread.</summary>
    public static int Run(ParseResult result)
    {
        var directory = RuntimeDirectory.Open();
        var timeout = TimeSpan.FromSeconds(result.GetValue(CheckNowCommandDefinition.Timeout));
        var backend = result.GetValue(CheckNowCommandDefinition.Backend);
        var exitCode = ExitCodes.Success;

        // The message's translation (gettext's first call loads the locale and looks for the catalogue) is looked up
        // while the instance handles the signal, not after its acknowledgement.
        string? acknowledged = null;
        void TranslateAcknowledged() => acknowledged ??= Catalog.T("Asked the running instance (pid {0}) to check for updates.");

        var outcome = InstanceDelegation.ActivateOrRun(
            directory.Instance, timeout, () => TryRunAsInstance(directory, backend, out exitCode), TranslateAcknowledged);
        switch (outcome.Result)
        {
            case DelegationResult.Acknowledged:
                TranslateAcknowledged();
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, acknowledged!, outcome.Pid));
                return ExitCodes.Success;
            case DelegationResult.RanHere:
                return exitCode;
            case DelegationResult.NoResponse:
                Log.Info($"the running instance (pid {outcome.Pid}) did not respond within {timeout.TotalSeconds:0.###} s; it may be stopped or hung.");
                return ExitCodes.NoResponse;
            default:
                Log.Info($"found {outcome.Found}; nothing to wake within {timeout.TotalSeconds:0.###} s.");
                return ExitCodes.NoResponse;
        }
    }

    private static bool TryRunAsInstance(RuntimeDirectory directory, string? backend, out int exitCode)
    {
        using var loop = new HeadlessMainLoop();
        // Settings are read only here, where this process checks: a check-now that wakes the tray stays as quick as it was.
        var settings = CommandSettings.Load();
        using var session = new InstanceSession(
            loop, directory, InstanceState.CheckNowMode, new UpdateCheck(backend, CommandSettings.CheckTimeout(settings), CommandSettings.Ignore(settings)));
        int? status = null;

        // A check-now instance runs one check: activations join it, finished or not.
        session.Checks.ActivationsJoinLastCheck = true;
        session.Checks.Completed += check =>
        {
            if (!OwnProcesses.HasDisplay)
            {
                status = PlanOutput.Print(check.Plan, check.Summary);
                _ = Task.Delay(s_linger).ContinueWith(_ => session.Quit(), TaskScheduler.Default);
                return;
            }

            // A desktop session: the window shows the published plan; this instance ends once the window is up.
            var processes = new OwnProcesses(directory, quiet: true);
            var window = processes.ShowWindow();
            _ = Task.Run(() =>
            {
                var shown = processes.WaitForWindow(window);
                session.Post(() =>
                {
                    status = shown ? WindowStatus(check.Summary) : PlanOutput.Print(check.Plan, check.Summary);
                    session.Quit();
                });
            });
        };
        var outcome = session.Run(() =>
        {
            Log.Info($"no instance running; checking here (pid {Environment.ProcessId})");
            session.Checks.Start();
        });
        exitCode = Finish(session, status);
        return outcome.Result != StartResult.AlreadyRunning;
    }

    /// <summary>The window shows the result; the terminal gets only a failure's one line.</summary>
    private static int WindowStatus(CheckSummary summary) =>
        summary.Error is null ? ExitCodes.Success : Log.Error($"the check failed: {summary.Error}");

    private static int Finish(InstanceSession session, int? status)
    {
        if (status is { } checkStatus)
        {
            return checkStatus;
        }

        if (session.StoppedBy is { } signal)
        {
            // 128 + the signal's number, as a shell reports a process killed by it: 130 for SIGINT, 143 for SIGTERM.
            Log.Info("the check was interrupted.");
            return StopSignals.ExitStatusFor(signal);
        }

        return session.SteppedDownBecause is { } reason ? Log.Error(reason) : ExitCodes.Error;
    }
}
