namespace UpdateStation.Desktop.Notifications;

/// <summary>The client side of org.freedesktop.Notifications (spec 1.2/1.3), by hand: one method per call.</summary>
internal sealed class NotificationsProxy(DBusConnection connection)
{
    public const string Service = "org.freedesktop.Notifications";
    private const string Interface = "org.freedesktop.Notifications";
    private const string Path = "/org/freedesktop/Notifications";

    /// <summary>Shows a notification, or replaces <paramref name="replacesId"/> in place; returns the server's id.</summary>
    public Task<uint> NotifyAsync(
        string appName, uint replacesId, string icon, string summary, string body,
        IReadOnlyList<string> actions, string desktopEntry, byte urgency, int expireTimeout)
    {
        return connection.CallMethodAsync(CreateMessage(), static (message, _) => message.GetBodyReader().ReadUInt32());

        MessageBuffer CreateMessage()
        {
            using var writer = connection.GetMessageWriter();
            writer.WriteMethodCallHeader(destination: Service, path: Path, @interface: Interface, signature: "susssasa{sv}i", member: "Notify");
            writer.WriteString(appName);
            writer.WriteUInt32(replacesId);
            writer.WriteString(icon);
            writer.WriteString(summary);
            writer.WriteString(body);
            writer.WriteArray(actions);
            var hints = writer.WriteDictionaryStart();
            writer.WriteDictionaryEntryStart();
            writer.WriteString("desktop-entry");
            writer.WriteVariantString(desktopEntry);
            writer.WriteDictionaryEntryStart();
            writer.WriteString("urgency");
            writer.WriteVariantByte(urgency);
            writer.WriteDictionaryEnd(hints);
            writer.WriteInt32(expireTimeout);
            return writer.CreateMessage();
        }
    }

    public Task CloseNotificationAsync(uint id)
    {
        return connection.CallMethodAsync(CreateMessage());

        MessageBuffer CreateMessage()
        {
            using var writer = connection.GetMessageWriter();
            writer.WriteMethodCallHeader(destination: Service, path: Path, @interface: Interface, signature: "u", member: "CloseNotification");
            writer.WriteUInt32(id);
            return writer.CreateMessage();
        }
    }

    public Task<string[]> GetCapabilitiesAsync()
    {
        return connection.CallMethodAsync(CreateMessage(), static (message, _) => message.GetBodyReader().ReadArrayOfString());

        MessageBuffer CreateMessage()
        {
            using var writer = connection.GetMessageWriter();
            writer.WriteMethodCallHeader(destination: Service, path: Path, @interface: Interface, member: "GetCapabilities");
            return writer.CreateMessage();
        }
    }

    /// <summary>Calls <paramref name="handler"/> with (id, action key) for every ActionInvoked signal.</summary>
    public ValueTask<IDisposable> WatchActionInvokedAsync(Action<(uint Id, string Key)> handler) =>
        connection.WatchSignalAsync(
            Service, Path, Interface, "ActionInvoked",
            static (message, _) =>
            {
                var reader = message.GetBodyReader();
                return (reader.ReadUInt32(), reader.ReadString());
            },
            notification =>
            {
                if (notification.HasValue)
                {
                    handler(notification.Value);
                }
            },
            ObserverFlags.None, emitOnCapturedContext: false);

    /// <summary>Calls <paramref name="handler"/> with (id, reason) for every NotificationClosed signal.</summary>
    public ValueTask<IDisposable> WatchNotificationClosedAsync(Action<(uint Id, uint Reason)> handler) =>
        connection.WatchSignalAsync(
            Service, Path, Interface, "NotificationClosed",
            static (message, _) =>
            {
                var reader = message.GetBodyReader();
                return (reader.ReadUInt32(), reader.ReadUInt32());
            },
            notification =>
            {
                if (notification.HasValue)
                {
                    handler(notification.Value);
                }
            },
            ObserverFlags.None, emitOnCapturedContext: false);
}
