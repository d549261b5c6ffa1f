using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Pkg;

/// <summary>Watches the lines of a running `pkg upgrade -y`: reports progress, notes the self-upgrade, the lock, what was applied.</summary>
/// <remarks>Lines arrive from the stdout and stderr pumps at once, so the state is guarded.</remarks>
internal sealed class PkgUpgradeMonitor(IProgress<UpgradeProgress> progress)
{
    public const string LockMessage = "Cannot get an advisory lock on a database, it is locked by another process";
    private const string SelfUpgradeNotice = "New version of pkg detected; it needs to be installed first.";

    private readonly Lock _gate = new();
    private readonly List<PackageChange> _applied = [];
    private int _plansAfterSelfUpgrade = -1;

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

            if (line.Contains(SelfUpgradeNotice, StringComparison.Ordinal))
            {
                _plansAfterSelfUpgrade = 0;
                progress.Report(new UpgradeProgress(UpgradeStep.SelfUpgrade, "pkg", null,
                    "pkg must upgrade itself first, so the upgrade happens in two steps (step 1 of 2: pkg)."));
                return;
            }

            if (!isError && _plansAfterSelfUpgrade >= 0 && PkgPlanLines.TryReadAnnouncedCount(line, out _) && ++_plansAfterSelfUpgrade == 2)
            {
                progress.Report(new UpgradeProgress(UpgradeStep.SelfUpgrade, null, null,
                    "pkg has upgraded itself (step 2 of 2: the other packages)."));
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
