using System.Globalization;
using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Gtk.Content;

/// <summary>What the legacy tray icon shows: whether it is shown at all, its icon and its tooltip.</summary>
/// <param name="Visible">Shown only with updates (or with no good check for a week), as the original hides its icon.</param>
public sealed record TrayIconContent(bool Visible, string IconName, string Tooltip)
{
    public const string Available = "software-update-available";
    public const string Urgent = "software-update-urgent";

    private static readonly TimeSpan s_stale = TimeSpan.FromDays(7);

    public static TrayIconContent Compose(PublishedState state, DateTimeOffset now)
    {
        var plan = state.Plan;
        var lastCheck = state.Instance?.LastCheck;
        // A removal is never counted as an update: it is named apart, on a line of its own.
        var updates = plan is null ? 0 : WindowContent.UpdateCount(plan);
        var security = plan?.Updates.Count(u => u.Security && u.Action != ChangeAction.Remove) ?? 0;
        var failure = lastCheck?.Error is { } error && (plan is null || lastCheck.CheckedAt >= plan.CheckedAt) ? DisplayText.Escape(error) : null;
        var stale = failure is not null && plan is not null && now - plan.CheckedAt > s_stale;
        var tooltip = (state.Instance, plan) switch
        {
            ({ Checking: true }, _) => WindowContent.Checking,
            _ when stale => N("No good check for {0} day. Last check failed: {1}", "No good check for {0} days. Last check failed: {1}", (int)(now - plan!.CheckedAt).TotalDays, failure),
            _ when failure is not null => plan is null
                ? T("Last check failed: {0}", failure)
                : T("Last check failed: {0} Last good check {1}.", failure, Clock(plan.CheckedAt, now)),
            (_, null) => WindowContent.NoPlanYet,
            (_, { IsUpToDate: true }) => T("Up to date, checked {0}", Clock(plan.CheckedAt, now)),
            (_, { } shown) when updates == 0 => T("Up to date, checked {0}", Clock(shown.CheckedAt, now)),
            (_, { } shown) => string.Join('\n', new[] { T("{0}, checked {1}", Count(updates, security), Clock(shown.CheckedAt, now)), WindowContent.RemovalsLine(shown) }.Where(l => l.Length > 0)),
        };
        return new(updates > 0 || stale, security > 0 ? Urgent : Available, tooltip);
    }

    private static string Count(int updates, int security)
    {
        var text = N("{0} update", "{0} updates", updates);
        return security > 0 ? N("{1} ({0} security)", "{1} ({0} security)", security, text) : text;
    }

    /// <summary>"10:42" today, "2026-11-24 10:42" on another day (local time; numbers only, as the StatusNotifierItem's tooltip).</summary>
    private static string Clock(DateTimeOffset at, DateTimeOffset now)
    {
        var local = at.ToLocalTime();
        var format = local.Date == now.ToLocalTime().Date ? "HH:mm" : "yyyy-MM-dd HH:mm";
        return local.ToString(format, CultureInfo.InvariantCulture);
    }
}
