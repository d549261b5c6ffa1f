using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Pkg;

/// <summary>pkg's progress while it upgrades itself alone: every step of it is part of the self-upgrade.</summary>
internal sealed class SelfUpgradeProgress(IProgress<UpgradeProgress> progress) : IProgress<UpgradeProgress>
{
    public void Report(UpgradeProgress value) =>
        progress.Report(value.Step is UpgradeStep.WaitingForLock or UpgradeStep.Done ? value : value with { Step = UpgradeStep.SelfUpgrade });
}
