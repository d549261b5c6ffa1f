using System.CommandLine;
using UpdateStation.Packages;
using UpdateStation.Packages.Model;
using UpdateStation.Rendering;

namespace UpdateStation.Commands;

/// <summary>Shows the plan, asks (unless -y), applies it with progress, and says whether a restart is needed.</summary>
internal static class UpgradeCommand
{
    public static async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        bool yes = result.GetValue(UpgradeCommandDefinition.YesOption);
        TerminalProgressBar? bar = null;
        try
        {
            // Refuse before any work: nothing is half-done, and no question is asked that cannot be acted on.
            if (!Posix.Identity.IsRoot)
            {
                return Log.Error("upgrading packages needs root; run 'update-station upgrade' as root (for example with doas or sudo).");
            }

            if (!yes && Console.IsInputRedirected)
            {
                return Log.Error("there is no terminal to confirm the upgrade on; pass -y to upgrade without asking.");
            }

            var backend = BackendSelector.Create(result.GetValue(UpgradeCommandDefinition.BackendOption));
            var plan = await backend.CheckAsync(refresh: true, cancellationToken).ConfigureAwait(false);
            PlanTable.Write(Console.Out, plan, DateTimeOffset.UtcNow, refreshRequested: true);
            if (plan.IsUpToDate)
            {
                return ExitCodes.Success;
            }

            if (!yes && !Confirm())
            {
                return Log.Error("the upgrade was cancelled; nothing was changed.");
            }

            IProgress<UpgradeProgress> progress = Console.IsOutputRedirected
                ? new ProgressLines(Console.Out)
                : bar = new TerminalProgressBar(Console.Out, TerminalWidth());
            var outcome = await backend.UpgradeAsync(progress, cancellationToken).ConfigureAwait(false);
            bar?.Finish();
            UpgradeSummary.Write(Console.Out, outcome);
            return ExitCodes.Success;
        }
        catch (BackendException ex)
        {
            bar?.Finish();
            return Log.Error(ex);
        }
    }

    private static bool Confirm()
    {
        Console.Out.Write("Proceed with the upgrade? [y/N] ");
        var answer = Console.ReadLine()?.Trim();
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
