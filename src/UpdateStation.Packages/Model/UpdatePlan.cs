namespace UpdateStation.Packages.Model;

/// <summary>What the package manager would do to bring the system up to date; every front end renders this.</summary>
/// <param name="Backend">The backend that computed the plan ("apt" or "pkg").</param>
/// <param name="CheckedAt">When the plan was computed.</param>
/// <param name="Updates">The changes, in the package manager's order.</param>
/// <param name="Held">Packages that have updates but may not be changed; never part of <paramref name="Updates"/>.</param>
/// <param name="DownloadBytes">Bytes to download; null when the package manager does not say.</param>
/// <param name="DiskChangeBytes">Disk space the plan needs (positive) or frees (negative); null when not said.</param>
/// <param name="SelfUpgradeFirst">The package manager must upgrade itself before the rest (pkg).</param>
/// <param name="CatalogueRefreshed">The package catalogue was refreshed for this check.</param>
/// <param name="CatalogueUpdatedAt">When the catalogue the plan rests on was last refreshed, when known.</param>
public sealed record UpdatePlan(
    string Backend,
    DateTimeOffset CheckedAt,
    IReadOnlyList<PackageChange> Updates,
    IReadOnlyList<HeldPackage> Held,
    long? DownloadBytes = null,
    long? DiskChangeBytes = null,
    bool SelfUpgradeFirst = false,
    bool CatalogueRefreshed = false,
    DateTimeOffset? CatalogueUpdatedAt = null)
{
    /// <summary>The package manager's own lines about the sources that could not be refreshed; the plan rests on the others.</summary>
    public IReadOnlyList<string> RefreshErrors { get; init; } = [];

    /// <summary>What the ignore list left out of <see cref="Updates"/>: shown as ignored, never counted, applied or fingerprinted.</summary>
    public IReadOnlyList<IgnoredChange> Ignored { get; init; } = [];

    public bool IsUpToDate => Updates.Count == 0;

    public int SecurityCount => Updates.Count(u => u.Security);
}
