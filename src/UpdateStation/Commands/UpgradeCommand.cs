using System.CommandLine;
using UpdateStation.Packages;
using UpdateStation.Packages.Model;
using UpdateStation.Rendering;
using UpdateStation.Upgrade;

namespace UpdateStation.Commands;

/// <summary>Shows the plan, asks (unless -y), applies it with progress, and says whether a restart is needed.</summary>
/// <remarks>
/// Without root the root helper applies it, through pkexec, `sudo -n` or `doas -n` (<see cref="HelperUpgrade"/>). As root:
/// Until packages start changing, SIGHUP, SIGINT, SIGQUIT and SIGTERM stop it with nothing changed (exit 128 + the
/// signal); from then on they are refused and the package manager, detached in its own session and writing to the run
/// log, always runs to its end (<see cref="StopSignals"/>). A terminal that goes away only ends the drawing.
/// </remarks>
internal static class UpgradeCommand
{
    public static async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        bool yes = result.GetValue(UpgradeCommandDefinition.YesOption);
        var output = new BestEffortWriter(Console.Out);
        TerminalProgressBar? bar = null;
        using var guard = new StopSignals(RefuseSignal);
        try
        {
            // Refuse before any work: nothing is half-done, and no question is asked that cannot be acted on.
            var elevation = Posix.Identity.IsRoot ? default : HelperUpgrade.Locate();
            if (elevation.Problem is { } problem)
            {
                return Log.Error(problem);
            }

            if (!yes && Console.IsInputRedirected)
            {
                return Log.Error("there is no terminal to confirm the upgrade on; pass -y to upgrade without asking.");
            }

            var backend = BackendSelector.Create(
                result.GetValue(UpgradeCommandDefinition.BackendOption), SettingsCommand.CheckTimeout(SettingsCommand.Load()));
            var plan = await backend.CheckAsync(refresh: true, guard.Token).ConfigureAwait(false);
            PlanTable.Write(output, plan, DateTimeOffset.UtcNow, refreshRequested: true);
            if (plan.IsUpToDate)
            {
                return ExitCodes.Success;
            }

            if (!yes && !await ConfirmAsync(output, guard.Token).ConfigureAwait(false))
            {
                return Log.Error("the upgrade was cancelled; nothing was changed.");
            }

            IProgress<UpgradeProgress> progress = Console.IsOutputRedirected
                ? new ProgressLines(output)
                : bar = new TerminalProgressBar(output, TerminalWidth());
            if (elevation.Method is { } method)
            {
                // Not root: the helper applies the plan, and answers the terminal's signals itself; we wait for its end.
                var exit = await new HelperUpgrade(output, progress, () => bar?.Finish()).RunAsync(method, elevation.Helper, plan).ConfigureAwait(false);
                return exit != ExitCodes.Success && guard.StoppedBy is { } stoppedBy ? StopSignals.ExitStatusFor(stoppedBy) : exit;
            }

            var request = new UpgradeRequest(UpgradePolicy.LogPath()) { BeginChanges = guard.BeginChanges, Plan = plan };
            var outcome = await backend.UpgradeAsync(request, progress, guard.Token).ConfigureAwait(false);
            bar?.Finish();
            UpgradeSummary.Write(output, outcome);
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (guard.StoppedBy is { } signal)
        {
            bar?.Finish();
            Log.Error($"the upgrade was stopped by {signal} before any package changed; nothing was changed.");
            return StopSignals.ExitStatusFor(signal);
        }
        catch (BackendException ex)
        {
            bar?.Finish();
            return Log.Error(ex);
        }
    }

    private static void RefuseSignal(PosixSignal signal) =>
        Log.Info($"{signal} refused: packages are being changed, and stopping now would leave them half-configured; the upgrade runs to its end.");

    private static async Task<bool> ConfirmAsync(TextWriter output, CancellationToken cancellationToken)
    {
        output.Write("Proceed with the upgrade? [y/N] ");
        var answer = (await Task.Run(Console.ReadLine, CancellationToken.None).WaitAsync(cancellationToken).ConfigureAwait(false))?.Trim();
        return string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) || string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase);
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
