using Tmds.DBus.Protocol;

namespace UpdateStation.Upgrade;

/// <summary>logind's Manager on the system bus: the helper's shutdown inhibitor and the window's Restart Now call it.</summary>
public static class Logind
{
    private static readonly string[] s_systemBusSockets = ["/run/dbus/system_bus_socket", "/var/run/dbus/system_bus_socket"];

    /// <summary>Whether the system bus's socket is there (/run/dbus, or /var/run/dbus on FreeBSD); without it there is no logind to ask.</summary>
    public static bool SystemBusExists => s_systemBusSockets.Any(File.Exists);

    /// <summary>A call of org.freedesktop.login1.Manager's <paramref name="member"/>; the caller writes its arguments.</summary>
    public static MessageWriter ManagerCall(DBusConnection connection, string member, string signature)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader(
            destination: "org.freedesktop.login1",
            path: "/org/freedesktop/login1",
            @interface: "org.freedesktop.login1.Manager",
            member: member,
            signature: signature);
        return writer;
    }
}
