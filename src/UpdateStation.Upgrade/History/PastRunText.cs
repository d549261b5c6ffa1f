using System.Globalization;
using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Upgrade.History;

/// <summary>A past run in words, as `update-station history` and the window's History page show it.</summary>
public static class PastRunText
{
    /// <summary>"2026-12-05 02:14  automatic  1 change  done" (local time; the invariant culture, as every time we print).</summary>
    public static string Heading(PastRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var when = run.Started.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var who = run.Automatic ? T("automatic") : T("by hand");
        var result = run.Result switch
        {
            PastRunResult.Done => run.RestartNeeded ? T("done, a restart is needed") : T("done"),
            PastRunResult.Failed => T("failed: {0}", run.Message ?? ""),
            PastRunResult.PlanChanged => T("nothing changed: the plan had changed"),
            _ => T("unfinished (interrupted, or still running)"),
        };
        var changes = N("{0} change", "{0} changes", run.Changes.Count, run.Changes.Count);
        return $"{when}  {who}  {changes}  {result}";
    }

    /// <summary>"upgrade alpha 1.0-1 -> 1.1-1".</summary>
    public static string Line(PastChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return $"{change.Action} {change.Name} {change.CurrentVersion ?? "-"} -> {change.NewVersion ?? "-"}";
    }
}
