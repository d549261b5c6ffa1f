using Tmds.DBus.Protocol;

namespace UpdateStation.Helper.Automatic;

/// <summary>
/// Whether NetworkManager calls the connection metered (its `Metered` property on the system bus: 1 yes, 3 guessed
/// yes). No system bus or no NetworkManager: null, and the reason in words.
/// </summary>
internal static class NetworkMetering
{
    public static async Task<(bool? Metered, string? Reason)> AskAsync()
    {
        if (!File.Exists("/run/dbus/system_bus_socket") && !File.Exists("/var/run/dbus/system_bus_socket"))
        {
            return (null, "no system bus");
        }

        using var connection = new DBusConnection(DBusAddress.System!);
        try
        {
            await connection.ConnectAsync().ConfigureAwait(false);
            var metered = await connection.CallMethodAsync(
                CreateGetMessage(connection),
                static (Message message, object? _) => message.GetBodyReader().ReadVariantValue().GetUInt32()).ConfigureAwait(false);
            return (metered is 1 or 3, null);
        }
        catch (Exception ex) when (ex is DBusExceptionBase or IOException or InvalidOperationException)
        {
            return (null, ex.Message.Split('\n')[0]);
        }
    }

    private static MessageBuffer CreateGetMessage(DBusConnection connection)
    {
        using var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader(
            destination: "org.freedesktop.NetworkManager",
            path: "/org/freedesktop/NetworkManager",
            @interface: "org.freedesktop.DBus.Properties",
            member: "Get",
            signature: "ss",
            flags: MessageFlags.NoAutoStart);
        writer.WriteString("org.freedesktop.NetworkManager");
        writer.WriteString("Metered");
        return writer.CreateMessage();
    }
}
