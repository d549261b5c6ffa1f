using UpdateStation.Settings;

namespace UpdateStation.Packages.Model;

/// <summary>A change the package manager would make that the ignore list leaves out of the plan, and the rule that does.</summary>
public sealed record IgnoredChange(PackageChange Change, IgnoreRule Rule)
{
    /// <summary>
    /// The changes of <paramref name="changes"/> that <paramref name="rules"/> leave out (a pure function), each with the
    /// first rule that names it. A package being configured (an interrupted run's repair) is never left out.
    /// </summary>
    public static IReadOnlyList<IgnoredChange> Select(IReadOnlyList<PackageChange> changes, IReadOnlyList<IgnoreRule> rules) =>
        rules.Count == 0
            ? []
            : [.. changes
                .Where(c => c.Action != ChangeAction.Configure)
                .Select(c => rules.FirstOrDefault(r => r.Matches(c.Name, c.NewVersion)) is { } rule ? new IgnoredChange(c, rule) : null)
                .OfType<IgnoredChange>()];

    /// <summary>The rules that left out <paramref name="ignored"/>, each once, in their order: what the helper is given to plan the same way.</summary>
    public static IReadOnlyList<IgnoreRule> RulesOf(IReadOnlyList<IgnoredChange> ignored) => [.. ignored.Select(i => i.Rule).Distinct()];
}
