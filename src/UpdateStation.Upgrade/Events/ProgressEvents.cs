using UpdateStation.Packages.Model;

namespace UpdateStation.Upgrade.Events;

/// <summary>Turns a backend's progress into events: a `step` event when the step changes, a `progress` event for each report.</summary>
public sealed class ProgressEvents(EventWriter events) : IProgress<UpgradeProgress>
{
    private readonly Lock _gate = new();
    private string? _step;

    public void Report(UpgradeProgress value)
    {
        if (value.Step == UpgradeStep.Done)
        {
            return; // The run's own `done` event says more (restart, boot environment, fingerprint).
        }

        if (value.Step == UpgradeStep.WaitingForLock)
        {
            events.Write(UpgradeEvent.ForWaitingForLock(value.Holder ?? "another program", value.HolderPid));
            return;
        }

        var step = StepOf(value.Step);
        lock (_gate)
        {
            if (step != _step)
            {
                _step = step;
                events.Write(UpgradeEvent.ForStep(step));
            }

            events.Write(UpgradeEvent.ForProgress(value.Percent, value.Package));
        }
    }

    public static string StepOf(UpgradeStep step) => step switch
    {
        UpgradeStep.SelfUpgrade => UpgradeEventNames.StepSelfUpgrade,
        UpgradeStep.Download => UpgradeEventNames.StepDownload,
        UpgradeStep.Configure => UpgradeEventNames.StepConfigure,
        _ => UpgradeEventNames.StepInstall,
    };
}
