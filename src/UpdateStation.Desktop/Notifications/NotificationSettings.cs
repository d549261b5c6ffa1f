namespace UpdateStation.Desktop.Notifications;

/// <summary>The user's say over notifications.</summary>
/// <param name="Level">Which updates earn one: all, security updates only, or none (the icon and window still tell everything).</param>
/// <param name="MinimumInterval">The least time between two notifications that carry no new security update.</param>
public sealed record NotificationSettings(NotificationLevel Level, TimeSpan MinimumInterval)
{
    public static NotificationSettings Default { get; } = new(NotificationLevel.All, TimeSpan.FromHours(24));

    /// <summary>The `notifications` and `notification-interval-hours` settings.</summary>
    public static NotificationSettings From(StationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(settings.Notifications, TimeSpan.FromHours(settings.NotificationIntervalHours));
    }
}
