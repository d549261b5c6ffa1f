using Tomlyn;
using UpdateStation.Packages.Processes;

namespace UpdateStation.Helper.Settings;

/// <summary>What the helper runs with, from the system settings file only (see <see cref="SettingsLocation"/>).</summary>
/// <param name="Backend">"apt" or "pkg"; null: pkg on FreeBSD, apt where apt-get is.</param>
/// <param name="AptConfig">An apt.conf for apt to read (APT_CONFIG); null: apt's own.</param>
/// <param name="Path">The PATH the helper and its children run with.</param>
/// <param name="LogPath">The run log.</param>
/// <param name="BootEnvironments">Make a boot environment before an upgrade where they work.</param>
/// <param name="BootEnvironmentsKeep">How many of ours to keep after an upgrade.</param>
internal sealed record HelperSettings(string? Backend, string? AptConfig, string Path, string LogPath, bool BootEnvironments, int BootEnvironmentsKeep)
{
    /// <summary>The system's own PATH, with /usr/local on FreeBSD (where pkg lives).</summary>
    public static string DefaultPath => OperatingSystem.IsFreeBSD()
        ? "/sbin:/bin:/usr/sbin:/usr/bin:/usr/local/sbin:/usr/local/bin"
        : "/usr/sbin:/usr/bin:/sbin:/bin";

    public static HelperSettings Defaults { get; } = new(null, null, DefaultPath, RunLog.DefaultPath, true, 3);

    /// <summary>Reads the settings file's `[helper]` table and the top level's boot-environments keys; missing keys keep their defaults.</summary>
    /// <exception cref="SettingsException">The file is not TOML or a value is out of range.</exception>
    public static HelperSettings Parse(string text, string path)
    {
        SettingsFileToml? file;
        try
        {
            file = TomlSerializer.Deserialize(text, SettingsTomlContext.Default.SettingsFileToml);
        }
        catch (TomlException ex)
        {
            throw new SettingsException($"the settings file '{path}' is not valid TOML: {ex.Message.Split('\n')[0].TrimEnd('.')}.");
        }

        var table = file?.Helper;
        var bootEnvironments = table?.BootEnvironments ?? file?.BootEnvironments ?? Defaults.BootEnvironments;
        var keep = (table?.BootEnvironmentsKeep ?? file?.BootEnvironmentsKeep) is > 0 and var k ? k : Defaults.BootEnvironmentsKeep;
        if (table is null)
        {
            return Defaults with { BootEnvironments = bootEnvironments, BootEnvironmentsKeep = keep };
        }

        if (table.Backend is not (null or "apt" or "pkg"))
        {
            throw new SettingsException($"the settings file '{path}' names the backend '{table.Backend}'; use apt or pkg.");
        }

        foreach (var (key, value) in new[] { ("apt-config", table.AptConfig), ("log", table.Log) })
        {
            if (value is not null && !System.IO.Path.IsPathRooted(value))
            {
                throw new SettingsException($"the settings file '{path}' gives {key} as '{value}'; it must be an absolute path.");
            }
        }

        if (table.Path is not null && table.Path.Split(':').Any(d => !System.IO.Path.IsPathRooted(d)))
        {
            throw new SettingsException($"the settings file '{path}' gives path as '{table.Path}'; every directory in it must be absolute.");
        }

        return new HelperSettings(
            table.Backend,
            table.AptConfig,
            table.Path ?? DefaultPath,
            table.Log ?? RunLog.DefaultPath,
            bootEnvironments,
            keep);
    }
}
