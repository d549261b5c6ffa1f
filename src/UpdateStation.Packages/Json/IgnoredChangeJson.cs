using UpdateStation.Packages.Model;
using UpdateStation.Settings;

namespace UpdateStation.Packages.Json;

/// <summary>One change the ignore list left out, in JSON: the package, its versions, and the rule ("name" or "name=version").</summary>
public sealed record IgnoredChangeJson(string Name, string Action, string? CurrentVersion, string? NewVersion, string Rule)
{
    public static IgnoredChangeJson From(IgnoredChange ignored) =>
        new(ignored.Change.Name, ActionNames.Of(ignored.Change.Action), ignored.Change.CurrentVersion, ignored.Change.NewVersion, ignored.Rule.ToString());

    /// <summary>The ignored change; null when the rule is not well formed (a hand-made file).</summary>
    /// <exception cref="FormatException">The action is not one of ours.</exception>
    public IgnoredChange? ToIgnored() =>
        IgnoreRule.Parse(Rule ?? "") is { } rule ? new IgnoredChange(new PackageChange(Name, ActionNames.Parse(Action), CurrentVersion, NewVersion), rule) : null;
}
