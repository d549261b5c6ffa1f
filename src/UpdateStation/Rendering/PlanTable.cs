using System.Text;
using UpdateStation.Packages.Model;
using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Rendering;

/// <summary>Draws a plan as a table a person reads: one row per change, held packages apart, then a summary.</summary>
internal static class PlanTable
{
    public static void Write(TextWriter output, UpdatePlan plan, DateTimeOffset now, bool refreshRequested)
    {
        if (plan.IsUpToDate)
        {
            output.WriteLine(T("Up to date: no updates available."));
        }
        else
        {
            WriteRows(output, [[T("Package"), T("Installed"), T("New"), T("Repository"), T("Notes")], .. plan.Updates.Select(Row)]);
        }

        if (plan.Held.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(T("Held back (locked or held; not upgraded):"));
            WriteRows(output, [[T("Package"), T("Installed"), T("Available")], .. plan.Held.Select(h => new[] { h.Name, h.CurrentVersion ?? "?", h.AvailableVersion ?? "" })]);
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

    private static void WriteRows(TextWriter output, IReadOnlyList<string[]> cells)
    {
        // Names, versions and repositories come from the package manager: escaped before they are measured or shown.
        var rows = cells.Select(row => Array.ConvertAll(row, TerminalText.Escape)).ToArray();
        int columns = rows[0].Length;
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var line = new StringBuilder();
        foreach (var row in rows)
        {
            line.Clear();
            for (int c = 0; c < columns; c++)
            {
                line.Append(c == columns - 1 ? row[c] : row[c].PadRight(widths[c] + 2));
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }
}
