namespace UpdateStation.Upgrade.Elevation;

public enum HelperVerb
{
    Refresh,
    Upgrade,
    Reboot,

    /// <summary>apt's DPkg::Pre-Install-Pkgs hook during the helper's own upgrade (Packages' AptPlanHook); not for callers.</summary>
    VerifyAptPlan,
}
