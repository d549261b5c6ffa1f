using System.CommandLine;
using UpdateStation.Packages;
using UpdateStation.Packages.Model;
using UpdateStation.Posix;
using UpdateStation.Rendering;
using UpdateStation.Upgrade;

namespace UpdateStation.Commands;

/// <summary>Shows the plan, asks (unless -y), has the root helper apply exactly it, and says whether a restart is needed.</summary>
/// <remarks>
/// There is one way packages change: the root helper (<see cref="HelperUpgrade"/>) with the fingerprint of the plan
/// shown, so its boot environment, shutdown inhibitor, run log and busy lock hold whoever asks. A user reaches it
/// through pkexec, `sudo -n` or `doas -n`; root runs it directly. Until the helper starts, SIGHUP, SIGINT, SIGQUIT and SIGTERM
/// stop this process with nothing changed (exit 128 + the signal). From then on signals are the helper's to answer (a
/// terminal sends them to it as well): it stops with nothing changed before packages change and refuses them after,
/// while the package manager, detached and writing to the run log, runs to its end. A terminal that goes away only
/// ends the drawing.
/// </remarks>
internal static class UpgradeCommand
{
    public static async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        bool yes = result.GetValue(UpgradeCommandDefinition.YesOption);
        var output = new BestEffortWriter(Console.Out);
        TerminalProgressBar? bar = null;
        using var guard = new StoppableRun(RefuseSignal);
        try
        {
            // Refuse before any work: nothing is half-done, and no question is asked that cannot be acted on.
            var elevation = HelperUpgrade.Locate();
            if (elevation.Problem is { } problem)
            {
                return Log.Error(problem);
            }

            if (!yes && Console.IsInputRedirected)
            {
                return Log.Error("there is no terminal to confirm the upgrade on; pass -y to upgrade without asking.");
            }

            var settings = CommandSettings.Load();
            var backend = BackendSelector.Create(
                result.GetValue(UpgradeCommandDefinition.BackendOption), CommandSettings.CheckTimeout(settings), ignore: CommandSettings.Ignore(settings));
            UpdatePlan plan;
            using (RefreshNotice.Show(refresh: true))
            {
                plan = await backend.CheckAsync(refresh: true, guard.Token).ConfigureAwait(false);
            }

            PlanTable.Write(output, plan, DateTimeOffset.UtcNow, refreshRequested: true, TerminalStyle.Of(StandardDescriptors.Output));
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
            guard.Token.ThrowIfCancellationRequested();
            var changesBegan = false;
            var upgrade = new HelperUpgrade(output, progress, () => bar?.Finish(), () => { changesBegan = true; ChangesBegan(guard); });
            var exit = await upgrade.RunAsync(elevation.Method!, elevation.Helper, plan).ConfigureAwait(false);
            if (exit != ExitCodes.Success && guard.StoppedBy is { } stoppedBy)
            {
                // A signal to the whole process group reaches the helper's package manager too, which may fail before the
                // helper sees its own stop: the helper's words then name that failure, and these say what happened.
                if (!changesBegan)
                {
                    Log.Error($"the upgrade was stopped by {stoppedBy} before any package changed; nothing was changed.");
                }

                return StopSignals.ExitStatusFor(stoppedBy);
            }

            return exit;
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

    /// <summary>The helper says packages change: from now on this process refuses signals in words too.</summary>
    private static void ChangesBegan(StoppableRun guard)
    {
        try
        {
            guard.BeginChanges();
        }
        catch (OperationCanceledException)
        {
            // A signal reached this process alone earlier; the helper, which decides, went on. Its end says the rest.
        }
    }

    private static void RefuseSignal(PosixSignal signal) =>
        Log.Info($"{signal} refused: packages are being changed, and stopping now would leave them half-configured; the upgrade runs to its end.");

    private static async Task<bool> ConfirmAsync(TextWriter output, CancellationToken cancellationToken)
    {
        output.Write("Proceed with the upgrade? [y/N] ");
        // Terminal.ReadLine, not Console.ReadLine: the console's set-up would leave the cursor keys in application mode.
        var answer = (await Task.Run(Terminal.ReadLine, CancellationToken.None).WaitAsync(cancellationToken).ConfigureAwait(false))?.Trim();
        return string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) || string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase);
    }

    private static int TerminalWidth() => Terminal.Columns(StandardDescriptors.Output) ?? 80;
}
