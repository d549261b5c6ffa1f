using UpdateStation.Desktop.Notifications;

namespace UpdateStation.Desktop;

/// <summary>How the executable composes a <see cref="DesktopFace"/>.</summary>
public sealed record DesktopFaceOptions
{
    /// <summary>
    /// Runs the face's events on the caller's thread: pass the instance's <c>IMainLoop.Post</c>. Without it, events run
    /// on the D-Bus connection's thread.
    /// </summary>
    public Action<Action> Dispatch { get; init; } = static work => work();

    /// <summary>Where one-line diagnostics go (without the "update-station: " prefix); default: nowhere.</summary>
    public Action<string> Log { get; init; } = static _ => { };

    /// <summary>The session bus address; null means $DBUS_SESSION_BUS_ADDRESS (for tests: a private bus).</summary>
    public string? BusAddress { get; init; }

    /// <summary>The notification policy's settings.</summary>
    public NotificationSettings Notifications { get; init; } = NotificationSettings.Default;

    /// <summary>Where the notification memory lives; null means $XDG_STATE_HOME/update-station/notifications.json.</summary>
    public string? NotificationMemoryPath { get; init; }

    /// <summary>The icons the item names; null means ours where this installation has them, else Adwaita's (for tests).</summary>
    internal Tray.TrayIcons? Icons { get; init; }

    /// <summary>The clock (for tests).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
