using System.Globalization;
using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Desktop.Tray;

/// <summary>The pure rules that turn <see cref="TrayFacts"/> into a <see cref="TrayAppearance"/>.</summary>
/// <remarks>
/// A failed check keeps the status of the last good plan (a flaky mirror is not "up to date" and not "updates");
/// after <see cref="StaleAfter"/> without a good check the item is Active, with the error icon unless security updates
/// wait, so the user learns that checks fail.
/// </remarks>
internal static class TrayAppearanceRules
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(7);

    public static TrayAppearance Compute(TrayFacts facts, TrayIcons icons, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(icons);
        var plan = facts.LastGoodPlan;
        var parts = plan is null ? null : PlanParts.Of(plan);
        var status = parts is null || plan!.IsUpToDate ? ItemStatus.Passive
            : parts.SecurityCount > 0 ? ItemStatus.NeedsAttention
            : ItemStatus.Active;
        var icon = status == ItemStatus.NeedsAttention ? icons.Security : icons.Updates;
        var lines = new List<string>(3);

        if (facts.Checking)
        {
            lines.Add(T("Checking for updates…"));
        }
        else if (facts.FailureReason is { } reason)
        {
            var lastGood = plan?.CheckedAt;
            lines.Add(T("Last check failed: {0}", DisplayText.Escape(reason)));
            lines.Add(lastGood is { } at ? T("Last good check: {0}", Format(at, now, zone)) : T("No check has succeeded yet"));
            if (now - (lastGood ?? facts.Since) >= StaleAfter)
            {
                lines.Add(T("No successful check for 7 days or more"));
                icon = status == ItemStatus.NeedsAttention ? icon : icons.Error;
                status = status == ItemStatus.Passive ? ItemStatus.Active : status;
            }
        }
        else if (plan is not null)
        {
            lines.Add(T("{0}, checked {1}", Describe(plan), Format(plan.CheckedAt, now, zone)));
            if (parts!.RemovalsLine(static text => text) is { } removals)
            {
                lines.Add(removals);
            }
        }
        else
        {
            lines.Add(T("Not checked yet"));
        }

        if (facts.RestartNeeded)
        {
            lines.Add(T("Restart needed to finish updating"));
            icon = status == ItemStatus.NeedsAttention ? icon : TrayIcons.Restart;
            status = status == ItemStatus.Passive ? ItemStatus.Active : status;
        }

        return new TrayAppearance(status, icon, string.Join('\n', lines));
    }

    /// <summary>"6 updates (1 security)", "1 update", "No updates" (the plan only removes), "Your system is up to date".</summary>
    /// <remarks>Removals are not updates: they are counted nowhere here (<see cref="PlanParts"/>).</remarks>
    public static string Describe(UpdatePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.IsUpToDate)
        {
            return T("Your system is up to date");
        }

        var parts = PlanParts.Of(plan);
        if (parts.Updates.Count == 0)
        {
            return T("No updates");
        }

        var text = N("{0} update", "{0} updates", parts.Updates.Count);
        return parts.SecurityCount > 0 ? N("{1} ({0} security)", "{1} ({0} security)", parts.SecurityCount, text) : text;
    }

    /// <summary>"10:42" today, "2026-11-24 10:42" on another day (local time).</summary>
    /// <remarks>
    /// Numbers only, in explicit formats: nothing in them is English or depends on a culture, so they read alike in
    /// every translation (docs/DESIGN.md, "Dates and times").
    /// </remarks>
    private static string Format(DateTimeOffset at, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var today = TimeZoneInfo.ConvertTime(now, zone).Date;
        var format = local.Date == today ? "HH:mm" : "yyyy-MM-dd HH:mm";
        return local.ToString(format, CultureInfo.InvariantCulture);
    }
}
