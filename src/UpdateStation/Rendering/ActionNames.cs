using UpdateStation.Packages.Model;

namespace UpdateStation.Rendering;

/// <summary>The words front ends use for actions and upgrade steps (also the JSON values).</summary>
internal static class ActionNames
{
    public static string Of(ChangeAction action) => action switch
    {
        ChangeAction.Upgrade => "upgrade",
        ChangeAction.Downgrade => "downgrade",
        ChangeAction.Install => "install",
        ChangeAction.Reinstall => "reinstall",
        ChangeAction.Remove => "remove",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown change action."),
    };

    public static string Of(UpgradeStep step) => step switch
    {
        UpgradeStep.WaitingForLock => "waiting",
        UpgradeStep.SelfUpgrade => "self-upgrade",
        UpgradeStep.Download => "download",
        UpgradeStep.Unpack => "unpack",
        UpgradeStep.Install => "install",
        UpgradeStep.Upgrade => "upgrade",
        UpgradeStep.Downgrade => "downgrade",
        UpgradeStep.Reinstall => "reinstall",
        UpgradeStep.Remove => "remove",
        UpgradeStep.Configure => "configure",
        UpgradeStep.Done => "done",
        _ => step.ToString(),
    };
}
