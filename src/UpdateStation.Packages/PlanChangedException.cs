using UpdateStation.Packages.Model;

namespace UpdateStation.Packages;

/// <summary>The package manager's plan is no longer the plan the user saw; nothing was changed.</summary>
/// <param name="current">The plan as the package manager makes it now, to show and ask about again.</param>
public sealed class PlanChangedException(UpdatePlan current)
    : BackendException($"The updates changed since they were shown (now {current.Updates.Count} changes); nothing was changed.")
{
    public UpdatePlan Current { get; } = current;

    /// <summary>Whether two plans make the same changes: each package's name, action, current and new version, in any order.</summary>
    public static bool SameChanges(UpdatePlan seen, UpdatePlan current)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(current);
        static IEnumerable<(string, ChangeAction, string?, string?)> Key(UpdatePlan plan) => plan.Updates
            .Select(u => (u.Name, u.Action, u.CurrentVersion, u.NewVersion))
            .Order();
        return Key(seen).SequenceEqual(Key(current));
    }
}
