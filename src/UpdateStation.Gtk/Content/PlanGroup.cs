namespace UpdateStation.Gtk.Content;

/// <summary>The changes of one action ("Upgrade (5)"), or the security updates ("Security updates (2)"), in the plan's order.</summary>
/// <param name="Security">The group of security updates, whatever their action: it comes first.</param>
/// <param name="Ignored">The group of what the ignore list leaves out: it comes last, and is not installed (Install Updates
/// applies the plan's fingerprint, which does not cover them).</param>
public sealed record PlanGroup(ChangeAction Action, string Title, IReadOnlyList<PlanRow> Rows, bool Security = false, bool Ignored = false)
{
    // The order a reader needs: what is left unfinished (configure) comes first, then the usual, then the unusual.
    private static readonly string[] s_order = ["configure", "upgrade", "install", "remove", "reinstall", "downgrade"];

    /// <summary>
    /// The security updates first, then the other changes grouped by action, in the window's order, then what the ignore
    /// list leaves out ("Ignored (N)", each row's note naming its rule, so a screen reader says it with the row); empty groups are left out.
    /// </summary>
    public static IReadOnlyList<PlanGroup> From(UpdatePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        List<PlanGroup> groups = [];
        var security = plan.Updates.Where(PlanRow.IsSecurityUpdate).Select(PlanRow.From).ToList();
        if (security.Count > 0)
        {
            groups.Add(new(ChangeAction.Upgrade, Catalog.T("Security updates ({0})", security.Count), security, Security: true));
        }

        groups.AddRange(plan.Updates
            .Where(change => !PlanRow.IsSecurityUpdate(change))
            .GroupBy(change => change.Action)
            .OrderBy(group => Rank(group.Key))
            .Select(group => new PlanGroup(group.Key, GroupTitle(group.Key, group.Count()), [.. group.Select(PlanRow.From)])));
        if (plan.Ignored.Count > 0)
        {
            groups.Add(new(ChangeAction.Upgrade, Catalog.T("Ignored ({0})", plan.Ignored.Count), [.. plan.Ignored.Select(PlanRow.FromIgnored)], Ignored: true));
        }

        return groups;
    }

    /// <summary>Each column's <paramref name="count"/> longest texts, in one pass: Package (with the groups' titles), Installed, New, Repository, Notes.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> LongestCells(IReadOnlyList<PlanGroup> groups, int count)
    {
        List<string>[] longest = [[], [], [], [], []];
        foreach (var group in groups)
        {
            Keep(longest[0], group.Title, count);
            foreach (var row in group.Rows)
            {
                Keep(longest[0], row.Package, count);
                Keep(longest[1], row.Installed, count);
                Keep(longest[2], row.New, count);
                Keep(longest[3], row.Repository, count);
                Keep(longest[4], row.Notes, count);
            }
        }

        return longest;
    }

    private static void Keep(List<string> longest, string text, int count)
    {
        if (longest.Count < count)
        {
            longest.Add(text);
            return;
        }

        var shortest = 0;
        for (var i = 1; i < longest.Count; i++)
        {
            shortest = longest[i].Length < longest[shortest].Length ? i : shortest;
        }

        if (text.Length > longest[shortest].Length)
        {
            longest[shortest] = text;
        }
    }

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
