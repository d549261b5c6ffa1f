using System.Text;
using UpdateStation.Packages.Model;

namespace UpdateStation.Rendering;

/// <summary>Draws a plan as a table a person reads: one row per change, held packages apart, then a summary.</summary>
internal static class PlanTable
{
    private static readonly string[] s_headings = ["Package", "Installed", "New", "Repository", "Notes"];

    public static void Write(TextWriter output, UpdatePlan plan, DateTimeOffset now, bool refreshRequested)
    {
        if (plan.IsUpToDate)
        {
            output.WriteLine("Up to date: no updates available.");
        }
        else
        {
            WriteRows(output, [s_headings, .. plan.Updates.Select(Row)]);
        }

        if (plan.Held.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Held back (locked or held; not upgraded):");
            WriteRows(output, [["Package", "Installed", "Available"], .. plan.Held.Select(h => new[] { h.Name, h.CurrentVersion ?? "?", h.AvailableVersion ?? "" })]);
        }

        output.WriteLine();
        if (!plan.IsUpToDate)
        {
            output.WriteLine(PlanSummary.Counts(plan));
        }

        if (plan.SelfUpgradeFirst)
        {
            output.WriteLine("pkg upgrades itself first, so the upgrade happens in two steps.");
        }

        output.WriteLine(PlanSummary.Catalogue(plan, now, refreshRequested));
        if (plan.RefreshErrors.Count > 0)
        {
            output.WriteLine($"Warning: {plan.RefreshErrors.Count} of the package sources could not be refreshed; their updates may be missing or out of date:");
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
            notes.Add(change.Action == ChangeAction.Install ? "new" : ActionNames.Of(change.Action));
        }

        if (change.Security)
        {
            notes.Add("SECURITY");
        }

        if (change.Vulnerable)
        {
            notes.Add("still vulnerable!");
        }

        if (change.Reason is not null)
        {
            notes.Add($"({change.Reason})");
        }

        return [change.Name, change.CurrentVersion ?? "-", change.NewVersion ?? "-", change.Repository ?? "", string.Join(' ', notes)];
    }

    private static void WriteRows(TextWriter output, IReadOnlyList<string[]> rows)
    {
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
