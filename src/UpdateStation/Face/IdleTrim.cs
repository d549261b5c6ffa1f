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
/// <param name="time">The clock of the delay.</param>
/// <param name="trim">What trimming does (<see cref="Collect"/>).</param>
internal sealed class IdleTrim(TimeProvider time, Action trim) : IDisposable
{
    internal static readonly TimeSpan Delay = TimeSpan.FromSeconds(5);
    private readonly ITimer _timer = time.CreateTimer(_ => trim(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    public IdleTrim()
        : this(TimeProvider.System, Collect)
    {
    }

    /// <summary>Trims <see cref="Delay"/> from now; a call before then moves it later.</summary>
    public void Schedule() => _timer.Change(Delay, Timeout.InfiniteTimeSpan);

    public void Dispose() => _timer.Dispose();

    internal static void Collect() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
