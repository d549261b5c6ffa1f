using UpdateStation.Settings;

namespace UpdateStation.Helper.Settings;

/// <summary>Where the helper's settings come from: the system settings file, or a root-owned override beside the helper.</summary>
/// <remarks>
/// The system file is `/etc/update-station/settings.toml` (`/usr/local/etc/...` on FreeBSD). Tests cannot write there
/// without disturbing the machine, so a file named `update-station-helper.toml` in the directory of the helper's own
/// executable (its real path, /proc/self/exe) takes its place. That is no door for a caller: the helper's path is fixed
/// by the polkit action or the sudoers rule, and the file is used only when root owns it and its directory and nobody
/// else can write either (<see cref="SettingsLoader.TrustProblem"/>); a caller able to put a file there is root already. Nothing in the
/// environment or on the command line can name another file. Installed packages never ship the override.
/// </remarks>
internal static class SettingsLocation
{
    public const string OverrideName = "update-station-helper.toml";

    /// <summary>$(SYSCONFDIR)/update-station/settings.toml, compiled in (see <see cref="SettingsFiles.SystemFilePath"/>).</summary>
    public static string SystemPath => SettingsFiles.SystemFilePath;

    /// <summary>The settings file to read: the trusted override beside <paramref name="executable"/> when there is one, else the system's.</summary>
    public static string Resolve(string? executable)
    {
        if (executable is not null && Path.GetDirectoryName(executable) is { } directory)
        {
            var beside = Path.Combine(directory, OverrideName);
            if (File.Exists(beside) || Directory.Exists(beside))
            {
                return beside;
            }
        }

        return SystemPath;
    }
}
