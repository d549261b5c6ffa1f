using System.Collections;
using UpdateStation.Helper.Settings;

namespace UpdateStation.Helper;

/// <summary>The helper's environment, which every child inherits: emptied of whatever the caller passed, then set from the settings.</summary>
/// <remarks>
/// pkexec already resets the environment, sudo mostly does; neither is relied on. After this, PATH, LC_ALL=C, APT_CONFIG
/// (only from the settings' apt-config) and HOME=/ are all there is: no LD_PRELOAD, no caller's PATH or APT_CONFIG, no
/// DEBIAN_FRONTEND or UPDATE_STATION_* switches reach a child, and program lookups use the settings' PATH.
/// </remarks>
internal static class HelperEnvironment
{
    public static void Apply(HelperSettings settings)
    {
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            Environment.SetEnvironmentVariable((string)entry.Key, null);
        }

        Environment.SetEnvironmentVariable("PATH", settings.Path);
        Environment.SetEnvironmentVariable("LC_ALL", "C");
        Environment.SetEnvironmentVariable("HOME", "/");
        if (settings.AptConfig is not null)
        {
            Environment.SetEnvironmentVariable("APT_CONFIG", settings.AptConfig);
        }
    }
}
