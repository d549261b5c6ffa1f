using System.Text;

namespace UpdateStation.Desktop.Notifications;

/// <summary>The words of an update notification: a summary that says how many are security updates, and a body that names them first.</summary>
/// <param name="Summary">"6 updates available", "2 security updates available", "6 updates available, including 2 security updates".</param>
/// <param name="Body">The updates by name and new version, security first, a few at most; removals apart ("Also removes: ...").</param>
/// <remarks>Only upgrades and installs are counted as updates (<see cref="PlanParts"/>): a removal is named on its own line.</remarks>
internal sealed record NotificationContent(string Summary, string Body)
{
    private const int NamedAtMost = 5;

    /// <summary>The text for <paramref name="plan"/>: package text made displayable (<see cref="DisplayText"/>), and escaped when the server reads markup.</summary>
    public static NotificationContent For(UpdatePlan plan, bool markup)
    {
        var parts = PlanParts.Of(plan);
        var security = parts.Updates.Where(u => u.Security).ToList();
        var others = parts.Updates.Where(u => !u.Security).ToList();

        var body = new StringBuilder();
        var room = NamedAtMost;
        if (security.Count > 0)
        {
            body.Append(Catalog.N("Security update: ", "Security updates: ", security.Count));
            room -= AppendNames(body, security, room, markup);
        }

        if (others.Count > 0)
        {
            body.Append(body.Length > 0 ? "\n" + Catalog.N("Other update: ", "Other updates: ", others.Count) : string.Empty);
            AppendNames(body, others, Math.Max(room, 1), markup);
        }

        if (parts.RemovalsLine(text => markup ? Markup.Escape(text) : text) is { } removals)
        {
            body.Append(body.Length > 0 ? "\n" : string.Empty).Append(removals);
        }

        return new NotificationContent(SummaryOf(parts.Updates.Count, security.Count), body.ToString());
    }

    private static string SummaryOf(int updates, int security) =>
        security == 0 ? Catalog.N("{0} update available", "{0} updates available", updates)
        : security == updates ? Catalog.N("{0} security update available", "{0} security updates available", security)
        : Catalog.N(
            "{1}, including {0} security update", "{1}, including {0} security updates", security,
            Catalog.N("{0} update available", "{0} updates available", updates));

    private static int AppendNames(StringBuilder body, List<PackageChange> changes, int room, bool markup)
    {
        var named = changes.Take(room).Select(c => c.NewVersion is null ? c.Name : $"{c.Name} {c.NewVersion}")
            .Select(DisplayText.Escape)
            .Select(text => markup ? Markup.Escape(text) : text);
        body.AppendJoin(", ", named);
        var rest = changes.Count - Math.Min(room, changes.Count);
        if (rest > 0)
        {
            body.Append(Catalog.N(" and {0} more", " and {0} more", rest));
        }

        return Math.Min(room, changes.Count);
    }
}
