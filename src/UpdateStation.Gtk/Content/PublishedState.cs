namespace UpdateStation.Gtk.Content;

/// <summary>What the instance has published, as the window last read it.</summary>
/// <param name="Instance">The running instance's verified state; null when none runs.</param>
/// <param name="Plan">The last good plan (plan.json); null when there is none yet.</param>
/// <param name="PlanProblem">Why plan.json could not be read, when it exists but is unreadable.</param>
public sealed record PublishedState(InstanceState? Instance, UpdatePlan? Plan, string? PlanProblem)
{
    public static PublishedState Nothing { get; } = new(null, null, null);
}
