namespace UpdateStation.Settings;

/// <summary>One effective setting: its value (int, bool or string; null for "detected"), where it came from and, for a file, which.</summary>
public sealed record SettingValue(object? Value, SettingSource Source, string? File = null);
