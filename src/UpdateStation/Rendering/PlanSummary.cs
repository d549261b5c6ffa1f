using System.Globalization;
using UpdateStation.Packages.Model;
using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Rendering;

/// <summary>The one-line summaries under a plan: counts and sizes, and how fresh the catalogue is.</summary>
internal static class PlanSummary
{
    /// <summary>"133 upgrades, of which 84 are security updates. 42.3 MiB to download, 3.1 MiB more disk space." or, with
    /// several kinds, "9 changes: 3 upgrades, 2 new, 1 removal; 1 of them is a security update. ..."</summary>
    /// <remarks>The security updates are said to be among the changes, never beside them, so the counts never read as a sum.</remarks>
    public static string Counts(UpdatePlan plan)
    {
        var parts = new List<string>();
        Add(parts, plan, ChangeAction.Upgrade, n => N("{0} upgrade", "{0} upgrades", n));
        Add(parts, plan, ChangeAction.Install, n => N("{0} new", "{0} new", n));
        Add(parts, plan, ChangeAction.Downgrade, n => N("{0} downgrade", "{0} downgrades", n));
        Add(parts, plan, ChangeAction.Reinstall, n => N("{0} reinstall", "{0} reinstalls", n));
        Add(parts, plan, ChangeAction.Remove, n => N("{0} removal", "{0} removals", n));
        Add(parts, plan, ChangeAction.Configure, n => N("{0} to finish configuring", "{0} to finish configuring", n));
        var security = plan.SecurityCount;
        var text = parts.Count == 1
            ? parts[0] + (security > 0 ? N(", of which {0} is a security update", ", of which {0} are security updates", security) : "")
            : N("{0} change: {1}", "{0} changes: {1}", plan.Updates.Count, string.Join(", ", parts))
                + (security > 0 ? N("; {0} of them is a security update", "; {0} of them are security updates", security) : "");

        var sizes = new List<string>();
        if (plan.DownloadBytes is { } download)
        {
            sizes.Add(T("{0} to download", ByteSize.Format(download)));
        }

        if (plan.DiskChangeBytes is { } disk)
        {
            sizes.Add(disk >= 0 ? T("{0} more disk space", ByteSize.Format(disk)) : T("{0} of disk space freed", ByteSize.Format(disk)));
        }

        return sizes.Count == 0 ? text + "." : $"{text}. {string.Join(", ", sizes)}.";
    }

    /// <summary>Whether the catalogue was refreshed, else how old it is (and, when a refresh was asked for, why it was not).</summary>
    public static string Catalogue(UpdatePlan plan, DateTimeOffset now, bool refreshRequested)
    {
        if (plan.CatalogueRefreshed)
        {
            return T("Package catalogue refreshed just now.");
        }

        if (plan.CatalogueUpdatedAt is not { } updated)
        {
            return refreshRequested
                ? T("Package catalogue not refreshed (refreshing it needs root); its age is unknown.")
                : T("Package catalogue not refreshed; its age is unknown.");
        }

        var when = updated.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return refreshRequested
            ? T("Package catalogue not refreshed (refreshing it needs root); last refreshed {0} ({1}).", when, Age(now - updated))
            : T("Package catalogue not refreshed; last refreshed {0} ({1}).", when, Age(now - updated));
    }

    private static string Age(TimeSpan age) => age switch
    {
        { TotalMinutes: < 1 } => T("just now"),
        { TotalHours: < 1 } => N("{0} minute ago", "{0} minutes ago", (int)age.TotalMinutes),
        { TotalDays: < 2 } => N("{0} hour ago", "{0} hours ago", (int)age.TotalHours),
        _ => N("{0} day ago", "{0} days ago", (int)age.TotalDays),
    };

    private static void Add(List<string> parts, UpdatePlan plan, ChangeAction action, Func<int, string> describe)
    {
        int count = plan.Updates.Count(u => u.Action == action);
        if (count > 0)
        {
            parts.Add(describe(count));
        }
    }
}
