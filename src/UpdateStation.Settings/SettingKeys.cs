namespace UpdateStation.Settings;

/// <summary>Every key of settings.toml: the top level (anyone's file) and the [helper] table (the system file only).</summary>
internal static class SettingKeys
{
    public const string HelperTable = "helper";

    public static IReadOnlyList<SettingDefinition> TopLevel { get; } =
    [
        SettingDefinition.Integer("check-interval-minutes", 360, 0, 525_600),
        SettingDefinition.Integer("first-check-delay-seconds", 120, 0, 86_400),
        SettingDefinition.Integer("check-timeout-minutes", 10, 1, 1_440),
        SettingDefinition.OneOf("notifications", "all", "all", "security", "none"),
        SettingDefinition.Integer("notification-interval-hours", 24, 0, 8_760),
        SettingDefinition.Boolean("boot-environments", true),
        SettingDefinition.Integer("boot-environments-keep", 3, 1, 100),
        SettingDefinition.OneOf("backend", null, "apt", "pkg"),
    ];

    /// <summary>The root helper's own settings, named "helper.KEY" among the effective settings.</summary>
    public static IReadOnlyList<SettingDefinition> Helper { get; } =
    [
        SettingDefinition.OneOf("backend", null, "apt", "pkg"),
        SettingDefinition.AbsolutePaths("apt-config"),
        SettingDefinition.AbsolutePaths("path"),
        SettingDefinition.AbsolutePath("log"),
        SettingDefinition.AbsolutePath("lock-directory"),
    ];
}
