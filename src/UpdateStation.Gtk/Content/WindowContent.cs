using System.Globalization;

namespace UpdateStation.Gtk.Content;

/// <summary>Everything the window shows, as text; a pure function of the published state, so tests read it as a table.</summary>
/// <param name="Header">"6 updates available (1 security)", "Your system is up to date", "Checking for updates…" or an error.</param>
/// <param name="Failed">The header is an error: the window offers "Try Again".</param>
/// <param name="Catalogue">"Package catalogue refreshed 3 minutes ago"; empty without a plan.</param>
/// <param name="Groups">The plan's changes by action.</param>
/// <param name="Held">"Held back: frozen-tool"; empty when nothing is held.</param>
/// <param name="Sizes">"45.0 MiB to download, 12.0 MiB more disk space"; empty when the backend does not say.</param>
public sealed record WindowContent(
    string Header,
    bool Failed,
    string Catalogue,
    IReadOnlyList<PlanGroup> Groups,
    string Held,
    string Sizes)
{
    public const string Checking = "Checking for updates…";
    public const string UpToDate = "Your system is up to date";
    public const string NoPlanYet = "No check has completed yet";

    /// <param name="state">What the instance published.</param>
    /// <param name="actionError">Why the window's own request (Check Again) failed, until the next one.</param>
    /// <param name="now">The time the catalogue's age is measured against.</param>
    public static WindowContent Compose(PublishedState state, string? actionError, DateTimeOffset now)
    {
        var plan = state.Plan;
        var lastCheck = state.Instance?.LastCheck;
        var (header, failed) = (state.Instance, plan) switch
        {
            ({ Checking: true }, _) => (Checking, false),
            _ when actionError is not null => (actionError, true),
            _ when lastCheck?.Error is { } error && (plan is null || lastCheck.CheckedAt >= plan.CheckedAt) =>
                ($"Last check failed: {error}", true),
            (_, null) when state.PlanProblem is { } problem => (problem, true),
            (_, null) => (NoPlanYet, false),
            (_, { IsUpToDate: true }) => (UpToDate, false),
            _ => (Count(plan), false),
        };

        return plan is null
            ? new(header, failed, "", [], "", "")
            : new(header, failed, CatalogueAge(plan, now), PlanGroup.From(plan), HeldLine(plan), SizesLine(plan));
    }

    private static string Count(UpdatePlan plan)
    {
        var text = plan.Updates.Count == 1 ? "1 update available" : Invariant($"{plan.Updates.Count} updates available");
        return plan.SecurityCount > 0 ? Invariant($"{text} ({plan.SecurityCount} security)") : text;
    }

    private static string CatalogueAge(UpdatePlan plan, DateTimeOffset now)
    {
        var refreshed = plan.CatalogueRefreshed ? plan.CheckedAt : plan.CatalogueUpdatedAt;
        return refreshed is { } at ? $"Package catalogue refreshed {Age(now - at)}" : "Package catalogue age unknown";
    }

    private static string Age(TimeSpan age) => age switch
    {
        { TotalMinutes: < 1 } => "just now",
        { TotalHours: < 1 } => Plural((int)age.TotalMinutes, "minute") + " ago",
        { TotalDays: < 2 } => Plural((int)age.TotalHours, "hour") + " ago",
        _ => Plural((int)age.TotalDays, "day") + " ago",
    };

    private static string HeldLine(UpdatePlan plan) =>
        plan.Held.Count == 0 ? "" : "Held back: " + string.Join(", ", plan.Held.Select(h => h.Name));

    private static string SizesLine(UpdatePlan plan)
    {
        List<string> sizes = [];
        if (plan.DownloadBytes is { } download)
        {
            sizes.Add($"{ByteSize.Format(download)} to download");
        }

        if (plan.DiskChangeBytes is { } disk)
        {
            sizes.Add(disk >= 0 ? $"{ByteSize.Format(disk)} more disk space" : $"{ByteSize.Format(disk)} of disk space freed");
        }

        return string.Join(", ", sizes);
    }

    private static string Plural(int count, string unit) => Invariant($"{count} {unit}{(count == 1 ? "" : "s")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
