using Tomlyn.Serialization;

namespace UpdateStation.Helper.Settings;

/// <summary>Source-generated TOML reading (NativeAOT: no reflection).</summary>
[TomlSerializable(typeof(SettingsFileToml))]
internal sealed partial class SettingsTomlContext : TomlSerializerContext;
