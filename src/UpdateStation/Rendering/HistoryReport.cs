using UpdateStation.Upgrade.History;

namespace UpdateStation.Rendering;

/// <summary>`history --json`: the run log read, and its runs newest first.</summary>
internal sealed record HistoryReport(string Log, IReadOnlyList<HistoryReport.Run> Runs)
{
    public static HistoryReport From(string log, IEnumerable<PastRun> runs) =>
        new(log, [.. runs.Select(r => new Run(
            r.Started,
            r.Automatic,
            r.Result switch { PastRunResult.Done => "done", PastRunResult.Failed => "failed", PastRunResult.PlanChanged => "plan-changed", _ => "unfinished" },
            r.Message,
            r.RestartNeeded,
            r.Changes,
            r.Ended,
            r.Security))]);

    /// <param name="Result">"done", "failed", "plan-changed" or "unfinished" (killed, or still running).</param>
    /// <param name="Ended">When the run's end line was written; null while it has none.</param>
    /// <param name="Security">How many of the changes are security updates; null for a log written before it said.</param>
    internal sealed record Run(DateTimeOffset Started, bool Automatic, string Result, string? Message, bool RestartNeeded, IReadOnlyList<PastChange> Changes, DateTimeOffset? Ended, int? Security);
}
