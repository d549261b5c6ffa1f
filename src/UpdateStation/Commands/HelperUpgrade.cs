using UpdateStation.Packages;
using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;
using UpdateStation.Posix;
using UpdateStation.Rendering;
using UpdateStation.Upgrade;
using UpdateStation.Upgrade.Elevation;
using UpdateStation.Upgrade.Events;

namespace UpdateStation.Commands;

/// <summary>
/// `upgrade`: the plan as this user sees it, then the root helper with that plan's fingerprint (through pkexec, else
/// `sudo -n`, else `doas -n`; root runs it directly), its events drawn by the terminal's renderers, so the terminal and the window tell
/// the same run.
/// </summary>
/// <remarks>
/// Once the helper starts, signals are the helper's to answer (the terminal sends them to it as well): it stops with
/// nothing changed before packages change and refuses them after; this process waits for its end and reports it.
/// <paramref name="changesBegan"/> is called at the helper's first event of a package step: it changes packages by then.
/// </remarks>
internal sealed class HelperUpgrade(TextWriter output, IProgress<UpgradeProgress> progress, Action finishBar, Action changesBegan)
{
    private UpgradeStep _step = UpgradeStep.Install;

    /// <summary>How to reach the helper, or why it cannot be reached (before any work).</summary>
    public static (ElevationMethod? Method, string Helper, string? Problem) Locate()
    {
        var helper = Elevation.HelperPath(Environment.ProcessPath ?? "update-station");
        var method = Posix.Identity.IsRoot ? ElevationMethod.Direct : Elevation.Choose(name => ProgramLocator.Find(name));
        return method is null ? (null, helper, HelperMessages.NoMethod)
            : !File.Exists(helper) ? (method, helper, HelperMessages.NotInstalled(helper))
            : (method, helper, null);
    }

    /// <summary>Runs the helper on <paramref name="plan"/>; returns the exit status.</summary>
    public async Task<int> RunAsync(ElevationMethod method, string helper, UpdatePlan plan)
    {
        HelperRunResult result;
        try
        {
            result = await HelperProcess.RunAsync(method, helper, HelperArguments.Upgrade(plan, bootEnvironment: true), Show)
                .ConfigureAwait(false);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            finishBar();
            var program = method.Prefix.Count > 0 ? method.Prefix[0] : helper;
            return Log.Error($"cannot run '{program}': {ErrnoText.Strerror(ex.NativeErrorCode)}; nothing was changed.");
        }

        finishBar();
        if (result.Succeeded)
        {
            output.WriteLine(HelperMessages.Installed + ".");
            output.WriteLine(result.Final?.RestartNeeded == true ? "A restart is needed." : "No restart is needed.");
            if (result.Final?.BootEnvironment is { Length: > 0 } bootEnvironment)
            {
                output.WriteLine(HelperMessages.BootEnvironment(TerminalText.Escape(bootEnvironment)));
            }

            return ExitCodes.Success;
        }

        return Log.Error(result.Final is { Event: UpgradeEventNames.EventError, Message: { Length: > 0 } message } && result.Outcome == ElevationOutcome.Ran
            ? message
            : HelperMessages.Failure(result, method) ?? "");
    }

    private void Show(UpgradeEvent upgradeEvent)
    {
        switch (upgradeEvent.Event)
        {
            case UpgradeEventNames.EventStep when upgradeEvent.Step is UpgradeEventNames.StepRefresh:
                Notice("Refreshing the system's package catalogue and comparing the plan...");
                break;
            case UpgradeEventNames.EventStep when upgradeEvent.Step is UpgradeEventNames.StepBootEnvironment:
                Notice("Making a boot environment...");
                break;
            case UpgradeEventNames.EventStep when upgradeEvent.Step is UpgradeEventNames.StepSelfUpgrade:
                changesBegan();
                _step = UpgradeStep.SelfUpgrade;
                progress.Report(new UpgradeProgress(UpgradeStep.SelfUpgrade, null, null, "The package manager upgrades itself first, so the upgrade happens in two steps."));
                break;
            case UpgradeEventNames.EventStep:
                changesBegan();
                _step = upgradeEvent.Step switch
                {
                    UpgradeEventNames.StepDownload => UpgradeStep.Download,
                    UpgradeEventNames.StepConfigure => UpgradeStep.Configure,
                    _ => UpgradeStep.Install,
                };
                break;
            case UpgradeEventNames.EventProgress:
                var step = _step == UpgradeStep.SelfUpgrade ? UpgradeStep.Install : _step;
                progress.Report(new UpgradeProgress(step, upgradeEvent.Package, upgradeEvent.Percent, upgradeEvent.Package ?? ActionNames.Of(step)));
                break;
            case UpgradeEventNames.EventWaitingForLock:
                var holder = upgradeEvent.Pid is { } pid ? $"{upgradeEvent.Holder} (pid {pid})" : upgradeEvent.Holder ?? "another program";
                progress.Report(new UpgradeProgress(UpgradeStep.WaitingForLock, null, null, $"Waiting for {holder} to release the package manager's lock..."));
                break;
        }
    }

    private void Notice(string line)
    {
        finishBar();
        output.WriteLine(line);
        output.Flush();
    }
}
