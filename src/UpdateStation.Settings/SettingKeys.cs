namespace UpdateStation.Settings;

/// <summary>
/// Every key of settings.toml: the top level (anyone's file), and the [helper] and [automatic] tables (the system file
/// only, and only when root alone can change it).
/// </summary>
internal static class SettingKeys
{
    public const string HelperTable = "helper";

    public const string AutomaticTable = "automatic";

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
        SettingDefinition.Strings("ignore", "a list of \"name\" or \"name=version\"", IgnoreRule.IsWellFormed),
    ];

    /// <summary>The root helper's own settings, named "helper.KEY" among the effective settings.</summary>
    public static IReadOnlyList<SettingDefinition> Helper { get; } =
    [
        SettingDefinition.OneOf("backend", null, "apt", "pkg"),
        SettingDefinition.AbsolutePaths("apt-config"),
        SettingDefinition.AbsolutePaths("path"),
        SettingDefinition.AbsolutePath("log"),
        SettingDefinition.AbsolutePath("lock-directory"),
        SettingDefinition.AbsolutePath("state-directory"),
    ];

    /// <summary>The policy of unattended runs (`update-station-helper automatic`), named "automatic.KEY".</summary>
    public static IReadOnlyList<SettingDefinition> Automatic { get; } =
    [
        SettingDefinition.OneOf("updates", "none", "none", "security", "all"),
        // A window list that cannot be read opens no window: its default, any time, would run where the file meant a few hours.
        SettingDefinition.Strings("window", "a list of windows such as \"Sat 02:00-05:00\"", w => MaintenanceWindow.TryParse(w, out _)).WhenInvalid(new[] { "never" }),
        SettingDefinition.Boolean("on-battery", false),
        SettingDefinition.Boolean("on-metered", false),
        SettingDefinition.OneOf("reboot", "never", "never", "when-needed"),
        SettingDefinition.Time("reboot-time"),
        SettingDefinition.Boolean("reboot-with-users", false),
    ];

    /// <summary>Each table a file may have: its keys, and whether only the trusted system file may set them.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<SettingDefinition> Keys)> Tables { get; } =
    [
        (HelperTable, Helper),
        (AutomaticTable, Automatic),
    ];
}
