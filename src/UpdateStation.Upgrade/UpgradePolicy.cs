using UpdateStation.Packages;
using UpdateStation.Packages.Processes;

namespace UpdateStation.Upgrade;

/// <summary>Who may upgrade, and where the run is logged; one place for the terminal's `upgrade` and the root helper.</summary>
public static class UpgradePolicy
{
    /// <summary>Names a run log other than <see cref="RunLog.DefaultPath"/> for the terminal's `upgrade` (tests use it).</summary>
    public const string LogVariable = "UPDATE_STATION_LOG";

    /// <summary>Refuses before any work unless this process is root.</summary>
    /// <exception cref="RootRequiredException">It is not.</exception>
    public static void EnsureRoot()
    {
        if (!Posix.Identity.IsRoot)
        {
            throw new RootRequiredException("upgrading packages needs root");
        }
    }

    /// <summary>The run log: <see cref="LogVariable"/> when it names an absolute path, else <see cref="RunLog.DefaultPath"/>.</summary>
    public static string LogPath(Func<string, string?>? getVariable = null)
    {
        var configured = (getVariable ?? Environment.GetEnvironmentVariable)(LogVariable);
        return !string.IsNullOrEmpty(configured) && Path.IsPathRooted(configured) ? configured : RunLog.DefaultPath;
    }
}
