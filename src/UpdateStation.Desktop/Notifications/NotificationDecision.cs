namespace UpdateStation.Desktop.Notifications;

/// <summary>What to do with the notification after a plan.</summary>
internal enum NotificationAction
{
    /// <summary>Nothing: all known, too soon, or nothing new.</summary>
    None,

    /// <summary>Send (or replace in place) a notification that describes the plan.</summary>
    Notify,

    /// <summary>Withdraw the shown notification: its updates are gone.</summary>
    Withdraw,
}

/// <summary>The policy's answer: an action and the memory to keep afterwards.</summary>
/// <param name="Action">What to do.</param>
/// <param name="Memory">The memory once the action is done (for Notify, <see cref="NotificationMemory.ShownId"/> is the caller's to fill).</param>
internal sealed record NotificationDecision(NotificationAction Action, NotificationMemory Memory);
