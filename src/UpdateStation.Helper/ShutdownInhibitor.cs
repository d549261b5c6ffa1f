using Microsoft.Win32.SafeHandles;
using Tmds.DBus.Protocol;
using UpdateStation.Packages.Processes;

namespace UpdateStation.Helper;

/// <summary>
/// A logind `shutdown:sleep` block inhibitor (org.freedesktop.login1.Manager.Inhibit) held while packages change, so
/// logout, shutdown and suspend wait for the upgrade. Where logind or the system bus is missing, there is none, and the
/// upgrade goes on.
/// </summary>
/// <remarks>
/// The inhibitor lasts as long as the file descriptor logind returns is open. The bus address is the system's own:
/// the helper's environment was emptied first, so no DBUS_SYSTEM_BUS_ADDRESS of a caller's is used.
/// </remarks>
internal sealed class ShutdownInhibitor : IDisposable
{
    private readonly DBusConnection _connection;
    private readonly SafeFileHandle _handle;

    private ShutdownInhibitor(DBusConnection connection, SafeFileHandle handle)
    {
        _connection = connection;
        _handle = handle;
    }

    /// <summary>Takes the inhibitor; null (and a line in <paramref name="record"/>) where that is not possible.</summary>
    public static async Task<ShutdownInhibitor?> TryTakeAsync(RunLog record)
    {
        if (!Logind.SystemBusExists)
        {
            record.Write("no shutdown inhibitor: no system bus");
            return null;
        }

        var connection = new DBusConnection(DBusAddress.System!);
        try
        {
            await connection.ConnectAsync().ConfigureAwait(false);
            var handle = await connection.CallMethodAsync(
                CreateInhibitMessage(connection),
                static (Message message, object? _) => message.GetBodyReader().ReadHandle<SafeFileHandle>()).ConfigureAwait(false);
            if (handle is null)
            {
                connection.Dispose();
                return null;
            }

            record.Write("shutdown and sleep are inhibited while packages change");
            return new ShutdownInhibitor(connection, handle);
        }
        catch (Exception ex) when (ex is DBusExceptionBase or IOException)
        {
            record.Write($"no shutdown inhibitor: {ex.Message.Split('\n')[0]}");
            connection.Dispose();
            return null;
        }
    }

    private static MessageBuffer CreateInhibitMessage(DBusConnection connection)
    {
        using var writer = Logind.ManagerCall(connection, "Inhibit", "ssss");
        writer.WriteString("shutdown:sleep");
        writer.WriteString("Update Station");
        writer.WriteString("Packages are being upgraded");
        writer.WriteString("block");
        return writer.CreateMessage();
    }

    public void Dispose()
    {
        _handle.Dispose();
        _connection.Dispose();
    }
}
