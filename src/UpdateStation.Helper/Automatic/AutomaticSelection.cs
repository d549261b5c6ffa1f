using UpdateStation.Packages.Model;
using UpdateStation.Settings;

namespace UpdateStation.Helper.Automatic;

/// <summary>A change the policy leaves out of an automatic run, and why ("not a security update", "ignored: NAME").</summary>
/// <param name="Rule">The ignore rule that names it; null when the policy leaves it out.</param>
internal sealed record LeftOut(PackageChange Change, string Why, IgnoreRule? Rule = null);

/// <summary>
/// Which changes of a plan an automatic run may apply (a pure function): security updates only or all, less what the
/// ignore list names; a package being configured (an interrupted run's repair) always.
/// </summary>
internal static class AutomaticSelection
{
    /// <summary>The changes the policy leaves out of <paramref name="plan"/>.</summary>
    public static IReadOnlyList<LeftOut> LeftOut(UpdatePlan plan, AutomaticUpdates updates, IReadOnlyList<IgnoreRule> ignore) =>
        [.. plan.Updates.Select(c => Of(c, updates, ignore)).OfType<LeftOut>()];

    /// <summary>Why an automatic run may not apply <paramref name="plan"/> as it is, in words; null when it may.</summary>
    /// <remarks>An automatic run never removes a package: nobody is there to see what would go.</remarks>
    public static string? Refusal(UpdatePlan plan, AutomaticUpdates updates, IReadOnlyList<IgnoreRule> ignore)
    {
        var removed = plan.Updates.Where(c => c.Action == ChangeAction.Remove).Select(c => c.Name).ToList();
        if (removed.Count > 0)
        {
            return $"the plan removes {string.Join(", ", removed)}, and automatic runs never remove packages; install the updates by hand";
        }

        var left = LeftOut(plan, updates, ignore);
        return left.Count == 0 ? null : $"the plan still holds {string.Join(", ", left.Select(l => $"{l.Change.Name} ({l.Why})"))}";
    }

    private static LeftOut? Of(PackageChange change, AutomaticUpdates updates, IReadOnlyList<IgnoreRule> ignore)
    {
        if (change.Action is ChangeAction.Configure)
        {
            return null;
        }

        if (ignore.FirstOrDefault(r => r.Matches(change.Name, change.NewVersion)) is { } rule)
        {
            return new LeftOut(change, $"ignored: {rule}", rule);
        }

        // A new package comes in as a dependency of an allowed update; a removal is refused as a whole (Refusal).
        return updates == AutomaticUpdates.Security && !change.Security && change.Action is ChangeAction.Upgrade or ChangeAction.Downgrade or ChangeAction.Reinstall
            ? new LeftOut(change, "not a security update")
            : null;
    }
}
