using UpdateStation.Packages.Model;

namespace UpdateStation.Packages;

/// <summary>The package manager's plan is no longer the plan the user saw; nothing more was changed.</summary>
/// <param name="current">The plan as the package manager makes it now, to show and ask about again.</param>
/// <param name="applied">What was changed before the plan was found changed (pkg's upgrade of itself); empty: nothing.</param>
public sealed class PlanChangedException(UpdatePlan current, IReadOnlyList<PackageChange>? applied = null)
    : BackendException(applied is { Count: > 0 }
        ? $"The updates changed after {string.Join(", ", applied.Select(a => a.Name))} was upgraded first (now {current.Updates.Count} changes); nothing more was changed."
        : $"The updates changed since they were shown (now {current.Updates.Count} changes); nothing was changed.")
{
    public UpdatePlan Current { get; } = current;

    /// <summary>What was changed before the plan was found changed; empty when nothing was.</summary>
    public IReadOnlyList<PackageChange> Applied { get; } = applied ?? [];

    /// <summary>Whether two plans make the same changes: each package's name, action, current and new version, in any order.</summary>
    public static bool SameChanges(UpdatePlan seen, UpdatePlan current)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(current);
        return SameChanges(seen.Updates, current.Updates);
    }

    /// <summary>Whether two lists of changes are the same: each package's name, action, current and new version, in any order.</summary>
    public static bool SameChanges(IEnumerable<PackageChange> seen, IEnumerable<PackageChange> current)
    {
        static IEnumerable<(string, ChangeAction, string?, string?)> Key(IEnumerable<PackageChange> changes) => changes
            .Select(u => (u.Name, u.Action, u.CurrentVersion, u.NewVersion))
            .Order();
        return Key(seen).SequenceEqual(Key(current));
    }
}
