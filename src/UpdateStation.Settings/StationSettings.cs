namespace UpdateStation.Settings;

/// <summary>The effective settings: each key's value and where it came from (default, system file, user file, command line).</summary>
public sealed class StationSettings
{
    private readonly Dictionary<string, SettingValue> _values;

    internal StationSettings(Dictionary<string, SettingValue> values) => _values = values;

    /// <summary>Every key in the order settings.toml documents them; the helper's as "helper.KEY".</summary>
    public IEnumerable<KeyValuePair<string, SettingValue>> All =>
        Keys().Select(k => KeyValuePair.Create(k.Name, _values[k.Name]));

    public int CheckIntervalMinutes => (int)this["check-interval-minutes"].Value!;

    public int FirstCheckDelaySeconds => (int)this["first-check-delay-seconds"].Value!;

    public int CheckTimeoutMinutes => (int)this["check-timeout-minutes"].Value!;

    public NotificationLevel Notifications => (string)this["notifications"].Value! switch
    {
        "security" => NotificationLevel.Security,
        "none" => NotificationLevel.None,
        _ => NotificationLevel.All,
    };

    public int NotificationIntervalHours => (int)this["notification-interval-hours"].Value!;

    public bool BootEnvironments => (bool)this["boot-environments"].Value!;

    public int BootEnvironmentsKeep => (int)this["boot-environments-keep"].Value!;

    /// <summary>"apt" or "pkg"; null means detected.</summary>
    public string? Backend => (string?)this["backend"].Value;

    /// <summary>The root helper's backend, from the system file's [helper] table only; null means the top level's, else detected.</summary>
    public string? HelperBackend => (string?)this["helper.backend"].Value;

    /// <summary>The apt configuration file the helper runs apt with (tests point it at an apt world); null for apt's own.</summary>
    public string? HelperAptConfig => (string?)this["helper.apt-config"].Value;

    /// <summary>The PATH the helper runs with; null for the system's.</summary>
    public string? HelperPath => (string?)this["helper.path"].Value;

    /// <summary>The run log the helper appends to; null for /var/log/update-station.log.</summary>
    public string? HelperLog => (string?)this["helper.log"].Value;

    /// <summary>The root-only directory of the lock that says an upgrade runs; null for /run/update-station (/var/run/update-station on FreeBSD).</summary>
    public string? HelperLockDirectory => (string?)this["helper.lock-directory"].Value;

    /// <summary>The directory of root's state (the automatic runs' last-run stamp); null for /var/lib/update-station (/var/db/update-station on FreeBSD).</summary>
    public string? HelperStateDirectory => (string?)this["helper.state-directory"].Value;

    /// <summary>What is never offered as an update nor applied automatically: the system file's entries and the user's own.</summary>
    public IReadOnlyList<IgnoreRule> Ignore => [.. ((string[])this["ignore"].Value!).Select(IgnoreRule.Parse).OfType<IgnoreRule>()];

    /// <summary>The policy of unattended runs, from the system file's [automatic] table.</summary>
    public AutomaticPolicy Automatic => new(
        (string)this["automatic.updates"].Value! switch { "all" => AutomaticUpdates.All, "security" => AutomaticUpdates.Security, _ => AutomaticUpdates.None },
        [.. ((string[])this["automatic.window"].Value!).Select(w => MaintenanceWindow.TryParse(w, out var window) ? window! : MaintenanceWindow.Never)],
        (bool)this["automatic.on-battery"].Value!,
        (bool)this["automatic.on-metered"].Value!,
        (string)this["automatic.reboot"].Value! == "when-needed",
        this["automatic.reboot-time"].Value is string time && MaintenanceWindow.TryParseTime(time, out var at) ? at : null,
        (bool)this["automatic.reboot-with-users"].Value!);

    public SettingValue this[string key] => _values[key];

    /// <summary>A copy where <paramref name="key"/> has a value given on the command line.</summary>
    public StationSettings WithCommandLine(string key, object value)
    {
        if (!_values.ContainsKey(key))
        {
            throw new ArgumentException($"There is no setting '{key}'.", nameof(key));
        }

        return new StationSettings(new Dictionary<string, SettingValue>(_values, StringComparer.Ordinal) { [key] = new(value, SettingSource.CommandLine) });
    }

    internal static Dictionary<string, SettingValue> Defaults() =>
        Keys().ToDictionary(k => k.Name, k => new SettingValue(k.Default, SettingSource.Default), StringComparer.Ordinal);

    /// <summary>Every key as "KEY" or "TABLE.KEY", with its default, in the order settings.toml documents them.</summary>
    private static IEnumerable<(string Name, object? Default)> Keys() =>
        SettingKeys.TopLevel.Select(k => (k.Name, k.Default))
            .Concat(SettingKeys.Tables.SelectMany(t => t.Keys.Select(k => (t.Name + "." + k.Name, k.Default))));
}
