using System.Globalization;

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
        var updates = plan?.Updates.Count ?? 0;
        var security = plan?.SecurityCount ?? 0;
        var failure = lastCheck?.Error is { } error && (plan is null || lastCheck.CheckedAt >= plan.CheckedAt) ? error : null;
        var stale = failure is not null && plan is not null && now - plan.CheckedAt > s_stale;
        var tooltip = (state.Instance, plan) switch
        {
            ({ Checking: true }, _) => WindowContent.Checking,
            _ when stale => $"No good check for {(int)(now - plan!.CheckedAt).TotalDays} days. Last check failed: {failure}",
            _ when failure is not null => plan is null
                ? $"Last check failed: {failure}"
                : $"Last check failed: {failure} Last good check {Clock(plan.CheckedAt)}.",
            (_, null) => WindowContent.NoPlanYet,
            (_, { IsUpToDate: true }) => $"Up to date, checked {Clock(plan.CheckedAt)}",
            _ => $"{Count(updates, security)}, checked {Clock(plan.CheckedAt)}",
        };
        return new(updates > 0 || stale, security > 0 ? Urgent : Available, tooltip);
    }

    private static string Count(int updates, int security)
    {
        var text = updates == 1 ? "1 update" : string.Create(CultureInfo.InvariantCulture, $"{updates} updates");
        return security > 0 ? string.Create(CultureInfo.InvariantCulture, $"{text} ({security} security)") : text;
    }

    private static string Clock(DateTimeOffset at) => at.ToLocalTime().ToString("HH:mm", CultureInfo.InvariantCulture);
}
