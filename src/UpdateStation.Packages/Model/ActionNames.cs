namespace UpdateStation.Packages.Model;

/// <summary>The words front ends use for actions and upgrade steps (also the JSON values).</summary>
public static class ActionNames
{
    public static string Of(ChangeAction action) => action switch
    {
        ChangeAction.Upgrade => "upgrade",
        ChangeAction.Downgrade => "downgrade",
        ChangeAction.Install => "install",
        ChangeAction.Reinstall => "reinstall",
        ChangeAction.Remove => "remove",
        ChangeAction.Configure => "configure",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown change action."),
    };

    /// <summary>The action a word of <see cref="Of(ChangeAction)"/> names.</summary>
    /// <exception cref="FormatException">The word names no action.</exception>
    public static ChangeAction Parse(string word) => word switch
    {
        "upgrade" => ChangeAction.Upgrade,
        "downgrade" => ChangeAction.Downgrade,
        "install" => ChangeAction.Install,
        "reinstall" => ChangeAction.Reinstall,
        "remove" => ChangeAction.Remove,
        "configure" => ChangeAction.Configure,
        _ => throw new FormatException($"'{word}' is not a package action."),
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
