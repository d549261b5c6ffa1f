using UpdateStation.Upgrade.Elevation;
using UpdateStation.Upgrade.Events;
using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Upgrade;

/// <summary>
/// The one place where how a run of the root helper ended becomes words for people (translated): the elevation's
/// refusals, the helper's error codes and its `done`. The helper's own stream and JSON never translate.
/// </summary>
public static class HelperMessages
{
    public static string Installed => T("Updates installed");

    public static string RestartNeeded => T("The system must restart to finish the upgrade.");

    public static string NoMethod =>
        T("Installing updates needs pkexec (Debian: the pkexec package; FreeBSD: sysutils/polkit), or sudo or doas with the rule for update-station-helper that Update Station ships.");

    /// <summary>The helper is not where the front end looks for it.</summary>
    public static string NotInstalled(string helperPath) => T("The update helper {0} is not installed; nothing was changed.", helperPath);

    /// <summary>How to go back to the state before the upgrade, when a boot environment was made.</summary>
    public static string BootEnvironment(string name) =>
        T("The boot environment {0} holds the system as it was before: to go back, choose it in the boot loader's boot environment menu.", name);

    /// <summary>Why <paramref name="result"/> is not a success, in words; null when it is one.</summary>
    public static string? Failure(HelperRunResult result, ElevationMethod method)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(method);
        return result.Outcome switch
        {
            _ when result.Succeeded => null,
            ElevationOutcome.Cancelled => T("Authentication was cancelled; nothing was changed."),
            ElevationOutcome.NotAuthorized when method.Name == ElevationMethod.Pkexec.Name =>
                T("You are not authorized to install updates, or no authentication agent is running to ask for a password; nothing was changed."),
            ElevationOutcome.NotAuthorized when method.Name == ElevationMethod.Doas.Name =>
                T("doas does not allow this user to run update-station-helper without a password; nothing was changed."),
            ElevationOutcome.NotAuthorized =>
                T("sudo does not allow this user to run update-station-helper without a password; nothing was changed."),
            _ when result.Final is { Event: UpgradeEventNames.EventError } error => Of(error),
            _ when result.Error.Length > 0 => T("The update helper failed (exit status {0}): {1}", result.ExitCode, result.Error),
            _ => T("The update helper ended with exit status {0} without saying why.", result.ExitCode),
        };
    }

    private static string Of(UpgradeEvent error) => error.Code switch
    {
        UpgradeEventNames.PlanChanged => T("The updates changed since they were shown; nothing was changed. Review the new list and install again."),
        UpgradeEventNames.Busy => T("Another program is changing packages; nothing was changed. Try again when it has finished."),
        UpgradeEventNames.BootEnvironment => T("No boot environment could be made, so nothing was changed: {0}", error.Message),
        UpgradeEventNames.Cancelled => T("The upgrade was stopped before any package changed; nothing was changed."),
        _ => T("The updates could not be installed: {0}", error.Message),
    };
}
