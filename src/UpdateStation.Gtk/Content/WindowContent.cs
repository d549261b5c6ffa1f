using System.Globalization;
using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Gtk.Content;

/// <summary>Everything the window shows, as text; a pure function of the published state, so tests read it as a table.</summary>
/// <remarks>What the package manager, the instance or a file said is escaped (<see cref="DisplayText"/>): a toolkit draws control characters as boxes, and bidirectional controls reorder what follows them.</remarks>
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
    /// <summary>"Also removes 1 package: legacy-codec"; empty when nothing goes. A removal is never counted as an update.</summary>
    public string Removals { get; init; } = "";

    /// <summary>The plan shown; null without one.</summary>
    public UpdatePlan? Plan { get; init; }

    /// <summary>The last good check found nothing to do (and nothing failed or runs since): the window shows its Up to date page.</summary>
    public bool UpToDate { get; init; }

    /// <summary>"Last checked today at 10:42" for the Up to date page; empty without a plan.</summary>
    public string LastChecked { get; init; } = "";

    /// <summary>The groups, fingerprint and widest cells of each plan composed, computed once per plan (off the GTK thread: see Prepare).</summary>
    private static readonly ConditionalWeakTable<UpdatePlan, PlanView> s_views = [];

    /// <summary>The fingerprint of the plan shown when it has updates: `Install Updates` applies exactly that plan.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>Each column's longest texts (Package with the groups' titles, Installed, New, Repository, Notes): the ones worth measuring.</summary>
    public IReadOnlyList<IReadOnlyList<string>> LongestCells { get; init; } = [];

    public static string Checking => T("Checking for updates…");

    public static string UpToDateHeader => T("Your system is up to date");

    public static string NoPlanYet => T("No check has completed yet");

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
            _ when actionError is not null => (DisplayText.Escape(actionError), true),
            _ when lastCheck?.Error is { } error && (plan is null || lastCheck.CheckedAt >= plan.CheckedAt) =>
                (T("Last check failed: {0}", DisplayText.Escape(error)), true),
            (_, null) when state.PlanProblem is { } problem => (problem, true),
            (_, null) => (NoPlanYet, false),
            (_, { IsUpToDate: true }) => (UpToDateHeader, false),
            _ => (Count(plan), false),
        };

        if (plan is null)
        {
            return new(header, failed, "", [], "", "");
        }

        var view = ViewOf(plan);
        return new(header, failed, CatalogueAge(plan, now), view.Groups, HeldLine(plan), SizesLine(plan))
        {
            Fingerprint = view.Fingerprint,
            LongestCells = view.LongestCells,
            Plan = plan,
            Removals = RemovalsLine(plan),
            UpToDate = plan.IsUpToDate && !failed && plan.Ignored.Count == 0, // what is ignored is listed, not hidden behind "Up to date"
            LastChecked = LastCheckedLine(plan.CheckedAt, now),
        };
    }

    /// <summary>
    /// Computes what <see cref="Compose"/> needs of <paramref name="plan"/> that grows with it (its groups, its
    /// fingerprint, its widest cells), once: the window calls it where it reads the plan, on a pool thread, so a plan of
    /// 60,000 changes never holds the GTK thread.
    /// </summary>
    public static void Prepare(UpdatePlan plan) => _ = ViewOf(plan);

    private static PlanView ViewOf(UpdatePlan plan) => s_views.GetValue(plan, View);

    private static PlanView View(UpdatePlan plan)
    {
        var groups = PlanGroup.From(plan);
        return new(groups, plan.IsUpToDate ? null : PlanFingerprint.Of(plan), PlanGroup.LongestCells(groups, 4));
    }

    /// <summary>The changes that are updates: everything but removals.</summary>
    public static int UpdateCount(UpdatePlan plan) => plan.Updates.Count(change => change.Action != ChangeAction.Remove);

    /// <summary>The packages the plan removes, escaped, in the plan's order.</summary>
    public static IReadOnlyList<string> RemovedNames(UpdatePlan plan) =>
        [.. plan.Updates.Where(change => change.Action == ChangeAction.Remove).Select(change => DisplayText.Escape(change.Name))];

    /// <summary>"Last checked today at 10:42", "Last checked on 2026-11-24 at 10:42" (local time).</summary>
    public static string LastCheckedLine(DateTimeOffset checkedAt, DateTimeOffset now)
    {
        var local = checkedAt.ToLocalTime();
        var clock = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return local.Date == now.ToLocalTime().Date
            ? T("Last checked today at {0}", clock)
            : T("Last checked on {0} at {1}", local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), clock);
    }

    private static string Count(UpdatePlan plan)
    {
        var updates = UpdateCount(plan);
        var security = plan.Updates.Count(PlanRow.IsSecurityUpdate);
        if (updates == 0)
        {
            return N("{0} package to remove", "{0} packages to remove", plan.Updates.Count);
        }

        var text = N("{0} update available", "{0} updates available", updates);
        return security > 0 ? N("{1} ({0} security)", "{1} ({0} security)", security, text) : text;
    }

    /// <summary>"Also removes 1 package: legacy-codec" when the plan updates something and removes something; else empty.</summary>
    internal static string RemovalsLine(UpdatePlan plan)
    {
        var removed = RemovedNames(plan);
        return removed.Count == 0 || UpdateCount(plan) == 0
            ? ""
            : N("Also removes {0} package: {1}", "Also removes {0} packages: {1}", removed.Count, string.Join(", ", removed));
    }

    private static string CatalogueAge(UpdatePlan plan, DateTimeOffset now)
    {
        var refreshed = plan.CatalogueRefreshed ? plan.CheckedAt : plan.CatalogueUpdatedAt;
        return refreshed is { } at ? Age(now - at) : T("Package catalogue age unknown");
    }

    private static string Age(TimeSpan age) => age switch
    {
        { TotalMinutes: < 1 } => T("Package catalogue refreshed just now"),
        { TotalHours: < 1 } => N("Package catalogue refreshed {0} minute ago", "Package catalogue refreshed {0} minutes ago", (int)age.TotalMinutes),
        { TotalDays: < 2 } => N("Package catalogue refreshed {0} hour ago", "Package catalogue refreshed {0} hours ago", (int)age.TotalHours),
        _ => N("Package catalogue refreshed {0} day ago", "Package catalogue refreshed {0} days ago", (int)age.TotalDays),
    };

    private static string HeldLine(UpdatePlan plan) =>
        plan.Held.Count == 0 ? "" : T("Held back: {0}", string.Join(", ", plan.Held.Select(h => DisplayText.Escape(h.Name))));

    private static string SizesLine(UpdatePlan plan)
    {
        List<string> sizes = [];
        if ((plan.DownloadBytes ?? Total(plan, change => change.Action == ChangeAction.Remove ? 0 : change.DownloadBytes)) is { } download)
        {
            sizes.Add(T("{0} to download", ByteSize.Format(download)));
        }

        if ((plan.DiskChangeBytes ?? Total(plan, change => change.DiskChangeBytes)) is { } disk)
        {
            sizes.Add(disk >= 0 ? T("{0} more disk space", ByteSize.Format(disk)) : T("{0} of disk space freed", ByteSize.Format(disk)));
        }

        return string.Join(", ", sizes);
    }

    /// <summary>The sum of every change's size when each change has one (null otherwise, and for an empty plan).</summary>
    private static long? Total(UpdatePlan plan, Func<PackageChange, long?> size)
    {
        long total = 0;
        foreach (var change in plan.Updates)
        {
            if (size(change) is not { } bytes)
            {
                return null;
            }

            total += bytes;
        }

        return plan.Updates.Count > 0 ? total : null;
    }
}

internal sealed record PlanView(IReadOnlyList<PlanGroup> Groups, string? Fingerprint, IReadOnlyList<IReadOnlyList<string>> LongestCells);
