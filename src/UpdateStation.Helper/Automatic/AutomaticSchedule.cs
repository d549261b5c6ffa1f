using UpdateStation.Settings;

namespace UpdateStation.Helper.Automatic;

/// <summary>What an automatic run does now: run in an open window, catch up a window it missed, or wait for the next.</summary>
internal enum ScheduleVerdict
{
    Run,
    CatchUp,
    Wait,
}

/// <summary>The verdict, and when the next window opens (for a run that waits).</summary>
internal readonly record struct ScheduleDecision(ScheduleVerdict Verdict, DateTime? NextOpening);

/// <summary>
/// When an automatic run may go ahead (a pure function of the windows, the local time and the last run): once in each
/// opening of a window; a window that closed with no run since it opened (the machine was off) is caught up at the next
/// start, once; otherwise the run waits for the next opening.
/// </summary>
internal static class AutomaticSchedule
{
    /// <param name="windows">The `window` list; empty means every day, all day.</param>
    /// <param name="now">Local time.</param>
    /// <param name="lastRun">The last run's start (local time); null when none has run yet, and then nothing is caught up.</param>
    public static ScheduleDecision Decide(IReadOnlyList<MaintenanceWindow> windows, DateTime now, DateTime? lastRun)
    {
        // A stamp later than now was written by a clock that was wrong (or is wrong now): trusting it would stop every run until that date.
        lastRun = lastRun > now ? null : lastRun;
        IReadOnlyList<MaintenanceWindow> effective = windows.Count == 0 ? [MaintenanceWindow.Always] : windows;
        var openings = effective.SelectMany(w => w.Openings(now.AddDays(-8), now.AddDays(8))).OrderBy(o => o.Start).ToList();
        var next = openings.Where(o => o.Start > now).Select(o => (DateTime?)o.Start).FirstOrDefault();
        var open = openings.Where(o => o.Start <= now && now < o.End).ToList();
        if (open.Count > 0)
        {
            // Overlapping windows count as one opening: a run since the earliest of them opened is this opening's run.
            var since = open.Min(o => o.Start);
            return lastRun is { } last && last >= since ? new(ScheduleVerdict.Wait, next ?? open.Max(o => o.End)) : new(ScheduleVerdict.Run, null);
        }

        var missed = openings.Where(o => o.End <= now).Select(o => (DateTime?)o.Start).LastOrDefault();
        return lastRun is { } previous && missed is { } opened && previous < opened
            ? new(ScheduleVerdict.CatchUp, null)
            : new(ScheduleVerdict.Wait, next);
    }
}
