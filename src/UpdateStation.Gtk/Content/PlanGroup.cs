namespace UpdateStation.Gtk.Content;

/// <summary>The changes of one action ("Upgrade (5)"), security updates first, otherwise in the plan's order.</summary>
public sealed record PlanGroup(ChangeAction Action, string Title, IReadOnlyList<PlanRow> Rows)
{
    // The order a reader needs: what is left unfinished (configure) comes first, then the usual, then the unusual.
    private static readonly string[] s_order = ["configure", "upgrade", "install", "remove", "reinstall", "downgrade"];

    /// <summary>The plan's changes grouped by action, in the window's order; empty groups are left out.</summary>
    public static IReadOnlyList<PlanGroup> From(UpdatePlan plan) =>
    [
        .. plan.Updates
            .GroupBy(change => change.Action)
            .OrderBy(group => Rank(group.Key))
            .Select(group => new PlanGroup(
                group.Key,
                GroupTitle(group.Key, group.Count()),
                [.. group.OrderByDescending(change => change.Security).Select(PlanRow.From)])),
    ];

    private static int Rank(ChangeAction action)
    {
        var index = Array.IndexOf(s_order, ActionNames.Of(action));
        return index < 0 ? s_order.Length : index;
    }

    private static string GroupTitle(ChangeAction action, int count) => action switch
    {
        ChangeAction.Configure => Catalog.T("Configure ({0})", count),
        ChangeAction.Install => Catalog.T("Install ({0})", count),
        ChangeAction.Remove => Catalog.T("Remove ({0})", count),
        ChangeAction.Reinstall => Catalog.T("Reinstall ({0})", count),
        ChangeAction.Downgrade => Catalog.T("Downgrade ({0})", count),
        _ => Catalog.T("Upgrade ({0})", count),
    };
}
