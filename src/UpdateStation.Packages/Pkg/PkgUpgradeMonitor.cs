using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Pkg;

/// <summary>Watches the lines of a running `pkg upgrade -y`: reports progress, notes the lock and what was applied.</summary>
/// <remarks>Lines arrive from the stdout and stderr pumps at once, so the state is guarded.</remarks>
internal sealed class PkgUpgradeMonitor(IProgress<UpgradeProgress> progress)
{
    public const string LockMessage = "Cannot get an advisory lock on a database, it is locked by another process";

    private readonly Lock _gate = new();
    private readonly List<PackageChange> _applied = [];

    /// <summary>pkg could not take its database lock: nothing was applied in this run.</summary>
    public bool LockBusy { get; private set; }

    public IReadOnlyList<PackageChange> Applied
    {
        get
        {
            lock (_gate)
            {
                return [.. _applied];
            }
        }
    }

    /// <summary>Starts watching another run of pkg after a lock failure.</summary>
    public void BeginAttempt()
    {
        lock (_gate)
        {
            LockBusy = false;
        }
    }

    public void Observe(string line, bool isError)
    {
        lock (_gate)
        {
            if (line.Contains(LockMessage, StringComparison.Ordinal))
            {
                LockBusy = true;
                return;
            }

            if (PkgProgressParser.Parse(line) is { } step)
            {
                if (step.ToChange() is { } change)
                {
                    _applied.Add(change);
                }

                progress.Report(step.ToProgress());
            }
        }
    }
}
