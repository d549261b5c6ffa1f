using Tomlyn.Serialization;

namespace UpdateStation.Helper.Settings;

/// <summary>The part of the system settings file the helper reads: its `[helper]` table; other tables are not its business.</summary>
internal sealed class SettingsFileToml
{
    [TomlPropertyName("helper")]
    public HelperTableToml? Helper { get; set; }
}
