namespace UpdateStation.Packages.Model;

/// <summary>What a plan does to one package.</summary>
public enum ChangeAction
{
    Upgrade,
    Downgrade,
    Install,
    Reinstall,
    Remove,

    /// <summary>Finish configuring a package left unpacked or half-configured by an interrupted run (dpkg --configure).</summary>
    Configure,
}
