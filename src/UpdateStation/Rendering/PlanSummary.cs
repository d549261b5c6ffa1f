using System.Globalization;
using UpdateStation.Packages.Model;

namespace UpdateStation.Rendering;

/// <summary>The one-line summaries under a plan: counts and sizes, and how fresh the catalogue is.</summary>
internal static class PlanSummary
{
    /// <summary>"9 changes: 3 upgrades, 2 new, 1 removal; 1 security update. 45.0 MiB to download, 12.0 MiB more disk space."</summary>
    public static string Counts(UpdatePlan plan)
    {
        var parts = new List<string>();
        Add(parts, plan, ChangeAction.Upgrade, "upgrade", "upgrades");
        Add(parts, plan, ChangeAction.Install, "new", "new");
        Add(parts, plan, ChangeAction.Downgrade, "downgrade", "downgrades");
        Add(parts, plan, ChangeAction.Reinstall, "reinstall", "reinstalls");
        Add(parts, plan, ChangeAction.Remove, "removal", "removals");
        Add(parts, plan, ChangeAction.Configure, "to finish configuring", "to finish configuring");
        var text = $"{Plural(plan.Updates.Count, "change", "changes")}: {string.Join(", ", parts)}";
        if (plan.SecurityCount > 0)
        {
            text += $"; {Plural(plan.SecurityCount, "security update", "security updates")}";
        }

        var sizes = new List<string>();
        if (plan.DownloadBytes is { } download)
        {
            sizes.Add($"{ByteSize.Format(download)} to download");
        }

        if (plan.DiskChangeBytes is { } disk)
        {
            sizes.Add(disk >= 0 ? $"{ByteSize.Format(disk)} more disk space" : $"{ByteSize.Format(disk)} of disk space freed");
        }

        return sizes.Count == 0 ? text + "." : $"{text}. {string.Join(", ", sizes)}.";
    }

    /// <summary>Whether the catalogue was refreshed, else how old it is (and, when a refresh was asked for, why it was not).</summary>
    public static string Catalogue(UpdatePlan plan, DateTimeOffset now, bool refreshRequested)
    {
        var why = refreshRequested ? " (refreshing it needs root)" : "";
        if (plan.CatalogueRefreshed)
        {
            return "Package catalogue refreshed just now.";
        }

        if (plan.CatalogueUpdatedAt is not { } updated)
        {
            return $"Package catalogue not refreshed{why}; its age is unknown.";
        }

        var when = updated.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return $"Package catalogue not refreshed{why}; last refreshed {when} ({Age(now - updated)}).";
    }

    private static string Age(TimeSpan age) => age switch
    {
        { TotalMinutes: < 1 } => "just now",
        { TotalHours: < 1 } => Plural((int)age.TotalMinutes, "minute", "minutes") + " ago",
        { TotalDays: < 2 } => Plural((int)age.TotalHours, "hour", "hours") + " ago",
        _ => Plural((int)age.TotalDays, "day", "days") + " ago",
    };

    private static void Add(List<string> parts, UpdatePlan plan, ChangeAction action, string one, string many)
    {
        int count = plan.Updates.Count(u => u.Action == action);
        if (count > 0)
        {
            parts.Add(count == 1 ? $"1 {one}" : $"{count} {many}");
        }
    }

    private static string Plural(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
