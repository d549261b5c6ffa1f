using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Json;

/// <summary>
/// The JSON form of an update plan: what `check --json` prints and the instance publishes (plan.json); it reads back
/// into the same <see cref="UpdatePlan"/>.
/// </summary>
public sealed record PlanJson(
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
    /// <summary>The sources that could not be refreshed, in the package manager's words (see <see cref="UpdatePlan.RefreshErrors"/>).</summary>
    public IReadOnlyList<string> RefreshErrors { get; init; } = [];

    /// <summary>What the ignore list left out of the updates (see <see cref="UpdatePlan.Ignored"/>).</summary>
    public IReadOnlyList<IgnoredChangeJson> Ignored { get; init; } = [];

    /// <summary>The plan's <see cref="PlanFingerprint"/>: what the root helper's `upgrade --plan` takes. Not read back (it is derived).</summary>
    public string? Fingerprint { get; init; }

    public static PlanJson From(UpdatePlan plan) => new(
        plan.Backend,
        plan.CheckedAt,
        [.. plan.Updates.Select(PlanChangeJson.From)],
        [.. plan.Held.Select(h => new HeldPackageJson(h.Name, h.CurrentVersion, h.AvailableVersion))],
        plan.DownloadBytes,
        plan.DiskChangeBytes,
        plan.SelfUpgradeFirst,
        plan.CatalogueRefreshed,
        plan.CatalogueUpdatedAt)
    {
        RefreshErrors = plan.RefreshErrors,
        Ignored = [.. plan.Ignored.Select(IgnoredChangeJson.From)],
        Fingerprint = PlanFingerprint.Of(plan),
    };

    /// <summary>The plan this JSON describes.</summary>
    /// <exception cref="FormatException">An action is not one of ours.</exception>
    public UpdatePlan ToPlan() => new(
        Backend,
        CheckedAt,
        [.. Updates.Select(u => u.ToChange())],
        [.. Held.Select(h => new HeldPackage(h.Name, h.CurrentVersion, h.AvailableVersion))],
        DownloadBytes,
        DiskChangeBytes,
        SelfUpgradeFirst,
        CatalogueRefreshed,
        CatalogueUpdatedAt)
    {
        RefreshErrors = RefreshErrors ?? [], // Absent or null in JSON written before there were refresh errors.
        Ignored = [.. (Ignored ?? []).Select(i => i.ToIgnored()).OfType<IgnoredChange>()],
    };
}
