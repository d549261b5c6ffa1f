namespace UpdateStation.Desktop;

/// <summary>A plan as the desktop tells it: the updates (upgrades, installs, reinstalls...) and, apart, the removals.</summary>
/// <remarks>A removal is never counted or named as an update: the tooltip and the notification name it on its own line, if at all.</remarks>
/// <param name="Updates">Every change but a removal, in the plan's order.</param>
/// <param name="Removals">The packages the plan removes, in the plan's order.</param>
internal sealed record PlanParts(IReadOnlyList<PackageChange> Updates, IReadOnlyList<PackageChange> Removals)
{
    private const int NamedAtMost = 3;

    public int SecurityCount => Updates.Count(u => u.Security);

    public static PlanParts Of(UpdatePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var removals = plan.Updates.Where(c => c.Action == ChangeAction.Remove).ToList();
        return new([.. plan.Updates.Where(c => c.Action != ChangeAction.Remove)], removals);
    }

    /// <summary>"Also removes: legacy-codec, old-lib and 2 more" (names made displayable); null when nothing is removed.</summary>
    public string? RemovalsLine(Func<string, string> escape)
    {
        ArgumentNullException.ThrowIfNull(escape);
        if (Removals.Count == 0)
        {
            return null;
        }

        var names = string.Join(", ", Removals.Take(NamedAtMost).Select(r => escape(DisplayText.Escape(r.Name))));
        var rest = Removals.Count - Math.Min(NamedAtMost, Removals.Count);
        var list = rest > 0 ? Catalog.N("{1} and {0} more", "{1} and {0} more", rest, names) : names;
        return Updates.Count > 0 ? Catalog.T("Also removes: {0}", list) : Catalog.T("Removes: {0}", list);
    }
}
