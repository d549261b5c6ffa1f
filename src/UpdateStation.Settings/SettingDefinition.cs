using System.Globalization;

namespace UpdateStation.Settings;

/// <summary>One key a settings file may set: its default and how a TOML value becomes a valid one.</summary>
internal sealed class SettingDefinition
{
    private readonly Func<ValueSyntax, object?> _read;

    private SettingDefinition(string name, object? defaultValue, string expected, Func<ValueSyntax, object?> read)
    {
        Name = name;
        Default = defaultValue;
        Expected = expected;
        _read = read;
    }

    public string Name { get; }

    public object? Default { get; }

    /// <summary>What a valid value looks like, in words, for the warning about a bad one.</summary>
    public string Expected { get; }

    /// <summary>What a bad value stands for instead of the default, where the default would do more than the file asked (null: the default).</summary>
    public object? Invalid { get; private set; }

    /// <summary>This definition, with <paramref name="value"/> standing for a bad value (<see cref="Invalid"/>).</summary>
    public SettingDefinition WhenInvalid(object value)
    {
        Invalid = value;
        return this;
    }

    /// <summary>The value, or null when it is of the wrong type or out of range.</summary>
    public object? Read(ValueSyntax value) => _read(value);

    public static SettingDefinition Integer(string name, int defaultValue, int min, int max) =>
        new(name, defaultValue, string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"),
            v => v is IntegerValueSyntax { Value: var n } && n >= min && n <= max ? (int)n : null);

    public static SettingDefinition Boolean(string name, bool defaultValue) =>
        new(name, defaultValue, "true or false", v => v is BooleanValueSyntax { Value: var b } ? b : null);

    public static SettingDefinition OneOf(string name, string? defaultValue, params string[] choices) =>
        new(name, defaultValue, string.Join(" or ", choices.Select(c => $"\"{c}\"")),
            v => v is StringValueSyntax { Value: { } s } && choices.Contains(s, StringComparer.Ordinal) ? s : null);

    /// <summary>One absolute path.</summary>
    public static SettingDefinition AbsolutePath(string name) =>
        new(name, null, "an absolute path", v => v is StringValueSyntax { Value: { Length: > 0 } s } && s.StartsWith('/') ? s : null);

    /// <summary>An absolute path, or a PATH-like list of them (no relative entry: the helper runs as root).</summary>
    public static SettingDefinition AbsolutePaths(string name) =>
        new(name, null, "an absolute path (or a colon-separated list of them)",
            v => v is StringValueSyntax { Value: { Length: > 0 } s } && s.Split(':').All(p => p.StartsWith('/')) ? s : null);

    /// <summary>A list of strings, each accepted by <paramref name="valid"/>; an empty list is allowed.</summary>
    public static SettingDefinition Strings(string name, string expected, Func<string, bool> valid) =>
        new(name, Array.Empty<string>(), expected,
            v => v is ArraySyntax array && array.Items.All(i => i.Value is StringValueSyntax { Value: { } s } && valid(s))
                ? array.Items.Select(i => ((StringValueSyntax)i.Value!).Value!).ToArray()
                : null);

    /// <summary>A local time of day, "HH:MM".</summary>
    public static SettingDefinition Time(string name) =>
        new(name, null, "a time of day such as \"04:30\"",
            v => v is StringValueSyntax { Value: { } s } && MaintenanceWindow.TryParseTime(s, out _) ? s : null);
}
