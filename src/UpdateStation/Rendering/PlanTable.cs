using UpdateStation.Packages.Model;
using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Rendering;

/// <summary>Draws a plan as a table a person reads: one row per change, security updates first, held packages apart, then a summary.</summary>
/// <remarks>On a terminal the rows fit its width (<see cref="TableLayout"/>), security updates are bold and red and
/// removals yellow (unless NO_COLOR); elsewhere rows are as long as their fields, without colour.</remarks>
internal static class PlanTable
{
    public static void Write(TextWriter output, UpdatePlan plan, DateTimeOffset now, bool refreshRequested, TerminalStyle style)
    {
        if (plan.IsUpToDate)
        {
            output.WriteLine(T("Up to date: no updates available."));
        }
        else
        {
            // Security first; otherwise in the package manager's order (OrderBy is stable).
            var changes = plan.Updates.OrderBy(u => u.Security ? 0 : 1).ToList();
            WriteRows(output, [[T("Package"), T("Installed"), T("New"), T("Repository"), T("Notes")], .. changes.Select(Row)], style, row => row == 0 ? TerminalStyle.Bold
                : changes[row - 1].Security ? TerminalStyle.Bold + TerminalStyle.Red
                : changes[row - 1].Action == ChangeAction.Remove ? TerminalStyle.Yellow
                : null);
        }

        if (plan.Held.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(T("Held back (locked or held; not upgraded):"));
            WriteRows(
                output,
                [[T("Package"), T("Installed"), T("Available")], .. plan.Held.Select(h => new[] { h.Name, h.CurrentVersion ?? "?", h.AvailableVersion ?? "" })],
                style,
                row => row == 0 ? TerminalStyle.Bold : null);
        }

        if (plan.Ignored.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(T("Ignored by your settings (not installed):"));
            foreach (var ignored in plan.Ignored)
            {
                output.WriteLine($"  {IgnoredLine(ignored)}");
            }
        }

        output.WriteLine();
        if (!plan.IsUpToDate)
        {
            output.WriteLine(PlanSummary.Counts(plan));
        }

        if (plan.SelfUpgradeFirst)
        {
            output.WriteLine(T("pkg upgrades itself first, so the upgrade happens in two steps."));
        }

        output.WriteLine(PlanSummary.Catalogue(plan, now, refreshRequested));
        if (plan.RefreshErrors.Count > 0)
        {
            output.WriteLine(N(
                "Warning: {0} of the package sources could not be refreshed; their updates may be missing or out of date:",
                "Warning: {0} of the package sources could not be refreshed; their updates may be missing or out of date:",
                plan.RefreshErrors.Count));
            foreach (var error in plan.RefreshErrors)
            {
                output.WriteLine($"  {error}");
            }
        }
    }

    /// <summary>"firefox-esr 115.1-1 → 115.2-1 (rule firefox-esr)": the package manager's words escaped, the rule as the settings spell it.</summary>
    internal static string IgnoredLine(IgnoredChange ignored)
    {
        var change = ignored.Change;
        return T("{0} {1} → {2} (rule {3})", DisplayText.Escape(change.Name), DisplayText.Escape(change.CurrentVersion ?? "-"),
            DisplayText.Escape(change.NewVersion ?? "-"), DisplayText.Escape(ignored.Rule.ToString()));
    }

    private static string[] Row(PackageChange change)
    {
        var notes = new List<string>();
        if (change.Action != ChangeAction.Upgrade)
        {
            notes.Add(change.Action switch
            {
                ChangeAction.Install => T("new"),
                ChangeAction.Remove => T("remove"),
                ChangeAction.Downgrade => T("downgrade"),
                ChangeAction.Reinstall => T("reinstall"),
                _ => ActionNames.Of(change.Action),
            });
        }

        if (change.Security)
        {
            notes.Add(T("SECURITY"));
        }

        if (change.Vulnerable)
        {
            notes.Add(T("still vulnerable!"));
        }

        if (change.Reason is not null)
        {
            notes.Add($"({change.Reason})");
        }

        return [change.Name, change.CurrentVersion ?? "-", change.NewVersion ?? "-", change.Repository ?? "", string.Join(' ', notes)];
    }

    private static void WriteRows(TextWriter output, IReadOnlyList<string[]> cells, TerminalStyle style, Func<int, string?> rowStyle)
    {
        // Names, versions and repositories come from the package manager: TableLayout escapes them before they are measured or shown.
        // Notes give way first (never below "SECURITY" and a word), then the repository, then the versions, the name last.
        int[][] shrinkOrder = cells[0].Length == 5 ? [[4], [3], [1, 2], [0]] : [[1, 2], [0]];
        int[] floors = cells[0].Length == 5 ? [16, 10, 10, 10, 14] : [16, 10, 10];
        foreach (var line in TableLayout.Lines(cells, style, shrinkOrder, floors, rowStyle))
        {
            output.WriteLine(line);
        }
    }
}
