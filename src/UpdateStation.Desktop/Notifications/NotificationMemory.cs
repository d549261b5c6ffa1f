namespace UpdateStation.Desktop.Notifications;

/// <summary>What was notified and when: the policy's memory, kept across restarts and logins.</summary>
/// <param name="Notified">The updates already told, as "name new-version" keys (only those still in the last plan).</param>
/// <param name="LastNotifiedAt">When the last notification was sent; null when never.</param>
/// <param name="ShownId">The server's id of the notification we sent last, while it may still be shown; null otherwise.</param>
internal sealed record NotificationMemory(
    IReadOnlyList<string> Notified,
    DateTimeOffset? LastNotifiedAt,
    uint? ShownId)
{
    public static NotificationMemory Empty { get; } = new([], null, null);

    /// <summary>The key of one update: its name and the version it brings (a newer version is news again).</summary>
    public static string KeyOf(PackageChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return $"{change.Name} {change.NewVersion}";
    }
}
