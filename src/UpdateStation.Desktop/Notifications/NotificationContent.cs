using System.Text;

namespace UpdateStation.Desktop.Notifications;

/// <summary>The words of an update notification: a summary and a body that names security updates first.</summary>
/// <param name="Summary">"6 updates available".</param>
/// <param name="Body">The updates by name and new version, security first, a few at most.</param>
/// <param name="Urgent">Security updates are among them.</param>
internal sealed record NotificationContent(string Summary, string Body, bool Urgent)
{
    private const int NamedAtMost = 5;

    /// <summary>The text for <paramref name="plan"/>: package text made displayable (<see cref="DisplayText"/>), and escaped when the server reads markup.</summary>
    public static NotificationContent For(UpdatePlan plan, bool markup)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var count = plan.Updates.Count;
        var summary = Catalog.N("{0} update available", "{0} updates available", count);
        var security = plan.Updates.Where(u => u.Security).ToList();
        var others = plan.Updates.Where(u => !u.Security).ToList();

        var body = new StringBuilder();
        var room = NamedAtMost;
        if (security.Count > 0)
        {
            body.Append(Catalog.N("Security update: ", "Security updates: ", security.Count));
            room -= AppendNames(body, security, room, markup);
        }

        if (others.Count > 0)
        {
            body.Append(body.Length > 0 ? "\n" + Catalog.T("Also: ") : string.Empty);
            AppendNames(body, others, Math.Max(room, 1), markup);
        }

        return new NotificationContent(summary, body.ToString(), security.Count > 0);
    }

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
