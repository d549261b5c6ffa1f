using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Pkg;

/// <summary>What <see cref="PkgOutputParser"/> read from the text of `pkg upgrade -n`.</summary>
/// <param name="Updates">The changes, in pkg's order.</param>
/// <param name="Held">Locked packages pkg will not touch.</param>
/// <param name="DownloadBytes">From "X to be downloaded."; null when pkg does not say.</param>
/// <param name="DiskChangeBytes">Positive from "will require X more space", negative from "will free X"; null when not said.</param>
/// <param name="SelfUpgradeFirst">pkg is among the upgrades, so a real upgrade runs in two steps.</param>
/// <param name="UpToDate">pkg said "Your packages are up to date."</param>
internal sealed record PkgDryRun(
    IReadOnlyList<PackageChange> Updates,
    IReadOnlyList<HeldPackage> Held,
    long? DownloadBytes,
    long? DiskChangeBytes,
    bool SelfUpgradeFirst,
    bool UpToDate);
