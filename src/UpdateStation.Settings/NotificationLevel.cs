namespace UpdateStation.Settings;

/// <summary>Which waiting updates are worth a notification (the `notifications` setting).</summary>
public enum NotificationLevel
{
    All,
    Security,
    None,
}
