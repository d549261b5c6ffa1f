using Tomlyn.Serialization;

namespace UpdateStation.Helper.Settings;

/// <summary>The `[helper]` table of the system settings file.</summary>
internal sealed class HelperTableToml
{
    [TomlPropertyName("backend")]
    public string? Backend { get; set; }

    [TomlPropertyName("apt-config")]
    public string? AptConfig { get; set; }

    [TomlPropertyName("path")]
    public string? Path { get; set; }

    [TomlPropertyName("log")]
    public string? Log { get; set; }

    [TomlPropertyName("boot-environments")]
    public bool? BootEnvironments { get; set; }

    [TomlPropertyName("boot-environments-keep")]
    public int? BootEnvironmentsKeep { get; set; }
}
