namespace UpdateStation.Desktop.Notifications;

/// <summary>The user's say over notifications.</summary>
/// <param name="Enabled">Notifications are sent at all (the icon and window still tell everything).</param>
/// <param name="MinimumInterval">The least time between two notifications that carry no new security update.</param>
public sealed record NotificationSettings(bool Enabled, TimeSpan MinimumInterval)
{
    public static NotificationSettings Default { get; } = new(true, TimeSpan.FromHours(24));
}
