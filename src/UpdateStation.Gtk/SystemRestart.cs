using System.ComponentModel;
using Tmds.DBus.Protocol;
using UpdateStation.Upgrade;
using UpdateStation.Upgrade.Elevation;

namespace UpdateStation.Gtk;

/// <summary>
/// `Restart Now`: logind's Reboot (interactive, so polkit may ask) where logind runs, so the session ends cleanly;
/// elsewhere (FreeBSD) the helper's `reboot` verb through the same elevation as the upgrade.
/// </summary>
internal static class SystemRestart
{
    private static readonly string[] s_noLogind = ["org.freedesktop.DBus.Error.ServiceUnknown", "org.freedesktop.DBus.Error.NameHasNoOwner"];

    /// <summary>Asks for the restart; returns why it could not be asked for, or null. Call it off the GTK thread.</summary>
    public static async Task<string?> RequestAsync(ElevationMethod? method, string helperPath)
    {
        if (Logind.SystemBusExists)
        {
            try
            {
                await LogindRebootAsync().ConfigureAwait(false);
                return null;
            }
            catch (DBusErrorReplyException ex) when (!s_noLogind.Contains(ex.ErrorName))
            {
                return Catalog.T("The system could not be restarted: {0}", ex.ErrorMessage);
            }
            catch (Exception ex) when (ex is DBusExceptionBase or IOException)
            {
                // No logind: the helper's verb below.
            }
        }

        if (method is null)
        {
            return HelperMessages.NoMethod;
        }

        try
        {
            var result = await HelperProcess.RunAsync(method, helperPath, HelperArguments.Reboot, _ => { }).ConfigureAwait(false);
            return HelperMessages.Failure(result, method);
        }
        catch (Win32Exception ex)
        {
            return Catalog.T("The system could not be restarted: {0}", ex.Message);
        }
    }

    private static async Task LogindRebootAsync()
    {
        using var connection = new DBusConnection(DBusAddress.System!);
        await connection.ConnectAsync().ConfigureAwait(false);
        await connection.CallMethodAsync(CreateRebootMessage(connection)).ConfigureAwait(false);
    }

    private static MessageBuffer CreateRebootMessage(DBusConnection connection)
    {
        using var writer = Logind.ManagerCall(connection, "Reboot", "b");
        writer.WriteBool(true); // interactive: polkit may ask the user
        return writer.CreateMessage();
    }
}
