namespace UpdateStation.Settings;

/// <summary>One entry of the `ignore` list: a package by name ("firefox-esr"), or only one version of it ("firefox-esr=115.1-1").</summary>
/// <param name="Name">The package's name.</param>
/// <param name="Version">The one version ignored; null: every version.</param>
public sealed record IgnoreRule(string Name, string? Version)
{
    /// <summary>"name" or "name=version", with no blank, control character or empty part.</summary>
    public static bool IsWellFormed(string text) => Parse(text) is not null;

    /// <summary>The rule, or null when <paramref name="text"/> is not well formed.</summary>
    public static IgnoreRule? Parse(string text)
    {
        if (string.IsNullOrEmpty(text) || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return null;
        }

        var parts = text.Split('=', 2);
        return parts switch
        {
            [{ Length: > 0 } name] => new IgnoreRule(name, null),
            [{ Length: > 0 } name, { Length: > 0 } version] when !version.Contains('=', StringComparison.Ordinal) => new IgnoreRule(name, version),
            _ => null,
        };
    }

    /// <summary>Whether this rule leaves out the change of <paramref name="name"/> to <paramref name="newVersion"/>.</summary>
    public bool Matches(string name, string? newVersion) =>
        string.Equals(name, Name, StringComparison.Ordinal) && (Version is null || string.Equals(newVersion, Version, StringComparison.Ordinal));

    public override string ToString() => Version is null ? Name : $"{Name}={Version}";
}
