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

            // Once packages change, nothing may stop the package manager midway: Ctrl+C and SIGTERM are answered with a
            // message, and the run goes on to its end (apt and pkg themselves keep dpkg/pkg from being interrupted).
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, RefuseInterrupt);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RefuseInterrupt);
            var outcome = await backend.UpgradeAsync(progress, CancellationToken.None).ConfigureAwait(false);
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

    private static void RefuseInterrupt(PosixSignalContext context)
    {
        context.Cancel = true;
        Log.Info("packages are being changed; stopping now would leave them half-configured, so the upgrade runs to its end");
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
