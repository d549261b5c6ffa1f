using Tomlyn.Serialization;

namespace UpdateStation.Helper.Settings;

/// <summary>The part of the system settings file the helper reads: its `[helper]` table and the top level's boot-environment keys.</summary>
internal sealed class SettingsFileToml
{
    [TomlPropertyName("helper")]
    public HelperTableToml? Helper { get; set; }

    /// <summary>The top level's boot-environments (update-station(1), SETTINGS); a [helper] value wins.</summary>
    [TomlPropertyName("boot-environments")]
    public bool? BootEnvironments { get; set; }

    [TomlPropertyName("boot-environments-keep")]
    public int? BootEnvironmentsKeep { get; set; }
}
