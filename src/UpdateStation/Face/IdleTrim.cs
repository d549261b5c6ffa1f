namespace UpdateStation.Face;

/// <summary>Gives back to the system the GC heap a check left behind, once the instance is idle again.</summary>
/// <remarks>
/// A check reads the package manager's output, builds the plan and writes plan.json: garbage whose pages the GC keeps
/// committed for the next allocations, which in an idle tray come hours later. A few seconds after each check (the
/// desktop has shown it by then), one blocking, compacting collection in <see cref="GCCollectionMode.Aggressive"/>
/// mode decommits what the heap no longer uses: measured with bench/tray-memory.py, the GC's resident pages after a
/// check of 300 packages went from 3.3 to 1.6 MB. Not after start-up: there the heap is 0.6 MB, and the collection
/// itself paged in 1.1 MB of the runtime's code and 0.25 MB of the GC's bookkeeping (bench/README.md).
/// </remarks>
internal sealed class IdleTrim : IDisposable
{
    private static readonly TimeSpan s_delay = TimeSpan.FromSeconds(5);
    private readonly Timer _timer = new(_ => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true));

    /// <summary>Trims <see cref="s_delay"/> from now; a call before then moves it later.</summary>
    public void Schedule() => _timer.Change(s_delay, Timeout.InfiniteTimeSpan);

    public void Dispose() => _timer.Dispose();
}
