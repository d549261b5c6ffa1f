namespace UpdateStation.Upgrade.Elevation;

public enum HelperVerb
{
    Refresh,
    Upgrade,
    Reboot,

    /// <summary>An unattended run the system's scheduler starts (see Automatic/AutomaticRun).</summary>
    Automatic,

    /// <summary>apt's DPkg::Pre-Install-Pkgs hook during the helper's own upgrade (Packages' AptPlanHook); not for callers.</summary>
    VerifyAptPlan,
}
