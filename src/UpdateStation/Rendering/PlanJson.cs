using UpdateStation.Packages.Model;

namespace UpdateStation.Rendering;

/// <summary>The JSON form of an update plan: what `check --json` prints (and `status --json` will embed).</summary>
internal sealed record PlanJson(
    string Backend,
    DateTimeOffset CheckedAt,
    IReadOnlyList<PlanChangeJson> Updates,
    IReadOnlyList<HeldPackageJson> Held,
    long? DownloadBytes,
    long? DiskChangeBytes,
    bool SelfUpgradeFirst,
    bool CatalogueRefreshed,
    DateTimeOffset? CatalogueUpdatedAt)
{
    public static PlanJson From(UpdatePlan plan) => new(
        plan.Backend,
        plan.CheckedAt,
        [.. plan.Updates.Select(PlanChangeJson.From)],
        [.. plan.Held.Select(h => new HeldPackageJson(h.Name, h.CurrentVersion, h.AvailableVersion))],
        plan.DownloadBytes,
        plan.DiskChangeBytes,
        plan.SelfUpgradeFirst,
        plan.CatalogueRefreshed,
        plan.CatalogueUpdatedAt);
}
