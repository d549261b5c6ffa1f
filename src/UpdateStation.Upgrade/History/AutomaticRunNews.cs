namespace UpdateStation.Upgrade.History;

/// <summary>Which automatic runs the desktop tells of (a pure function): those that ended after the last one told.</summary>
/// <remarks>
/// A run is news when it installed something or failed; one that found nothing to install, found its plan changed or
/// has no end yet (running, or killed) is not. Runs a person started are never news: they saw them end. The memory is one
/// time, the end of the newest run told: runs are one at a time (the busy lock), so each ends after the one before.
/// Without a memory (the first start, a damaged file) and whatever it says, a run older than <see cref="MaxAge"/> is old news.
/// </remarks>
public static class AutomaticRunNews
{
    /// <summary>Past this, a run is not told at all: the History lists it.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(7);

    /// <summary>The runs to tell of, oldest first.</summary>
    /// <param name="runs">The run log's past runs, oldest first (<see cref="RunHistoryParser"/>).</param>
    /// <param name="toldUpTo">When the newest run told so far ended; null when nothing was told (or the memory was lost).</param>
    /// <param name="now">The time now.</param>
    public static IReadOnlyList<PastRun> Select(IReadOnlyList<PastRun> runs, DateTimeOffset? toldUpTo, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return [.. runs.Where(run => IsNew(run, toldUpTo, now) && IsNews(run))];
    }

    /// <summary>What to remember after telling everything <see cref="Select"/> gave: the end of the newest ended run, news or not.</summary>
    public static DateTimeOffset? ToldUpTo(IReadOnlyList<PastRun> runs, DateTimeOffset? toldUpTo, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var ends = runs.Where(run => IsNew(run, toldUpTo, now)).Select(run => run.Ended!.Value).ToList();
        return ends.Count == 0 ? toldUpTo : ends.Max();
    }

    /// <summary>
    /// The newest automatic run that ended, when it failed within <see cref="MaxAge"/>: what a check says below its plan
    /// until a later automatic run ends otherwise; null when there is none.
    /// </summary>
    public static PastRun? LastFailure(IReadOnlyList<PastRun> runs, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return runs.LastOrDefault(run => run.Automatic && run.Ended is not null) is { Result: PastRunResult.Failed, Ended: { } ended } failed && ended >= now - MaxAge
            ? failed
            : null;
    }

    private static bool IsNew(PastRun run, DateTimeOffset? toldUpTo, DateTimeOffset now) =>
        run.Automatic && run.Ended is { } ended && ended >= now - MaxAge && (toldUpTo is not { } told || ended > told);

    private static bool IsNews(PastRun run) =>
        run.Result == PastRunResult.Failed || (run.Result == PastRunResult.Done && run.Changes.Count > 0);
}
