namespace UpdateStation.Packages.Model;

/// <summary>What a plan does to one package.</summary>
public enum ChangeAction
{
    Upgrade,
    Downgrade,
    Install,
    Reinstall,
    Remove,
}
