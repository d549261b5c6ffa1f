namespace UpdateStation.Desktop.StatusNotifier;

/// <summary>The client side of org.kde.StatusNotifierWatcher and of the bus's own name calls it needs.</summary>
internal sealed class StatusNotifierWatcherProxy(DBusConnection connection)
{
    public const string Service = "org.kde.StatusNotifierWatcher";
    private const string Path = "/StatusNotifierWatcher";
    private const string Bus = "org.freedesktop.DBus";
    private const string BusPath = "/org/freedesktop/DBus";

    /// <summary>RegisterStatusNotifierItem(s): <paramref name="service"/> is our bus name; the item sits at /StatusNotifierItem.</summary>
    public Task RegisterItemAsync(string service)
    {
        return connection.CallMethodAsync(CreateMessage());

        MessageBuffer CreateMessage()
        {
            using var writer = connection.GetMessageWriter();
            writer.WriteMethodCallHeader(destination: Service, path: Path, @interface: Service, signature: "s", member: "RegisterStatusNotifierItem");
            writer.WriteString(service);
            return writer.CreateMessage();
        }
    }

    /// <summary>Whether a watcher owns its name now.</summary>
    public Task<bool> IsPresentAsync()
    {
        return connection.CallMethodAsync(CreateMessage(), static (message, _) => message.GetBodyReader().ReadBool());

        MessageBuffer CreateMessage()
        {
            using var writer = connection.GetMessageWriter();
            writer.WriteMethodCallHeader(
                destination: Bus, path: BusPath,
                @interface: Bus, signature: "s", member: "NameHasOwner");
            writer.WriteString(Service);
            return writer.CreateMessage();
        }
    }

    /// <summary>Calls <paramref name="handler"/> with the new owner ("" when none) each time the watcher's name changes hands.</summary>
    public ValueTask<IDisposable> WatchOwnerAsync(Action<string> handler)
    {
        var rule = new MatchRule
        {
            Type = MessageType.Signal,
            Sender = Bus,
            Path = BusPath,
            Interface = Bus,
            Member = "NameOwnerChanged",
            Arg0 = Service,
        };
        return connection.AddMatchAsync(
            rule,
            static (message, _) =>
            {
                var reader = message.GetBodyReader();
                reader.ReadString();
                reader.ReadString();
                return reader.ReadString();
            },
            notification =>
            {
                if (notification.HasValue)
                {
                    handler(notification.Value);
                }
            },
            emitOnCapturedContext: false, ObserverFlags.None, null);
    }
}
