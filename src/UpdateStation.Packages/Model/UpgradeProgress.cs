namespace UpdateStation.Packages.Model;

/// <summary>The step an upgrade is at; front ends draw each differently.</summary>
public enum UpgradeStep
{
    /// <summary>Waiting for another process to release the package manager's lock.</summary>
    WaitingForLock,
    /// <summary>The package manager upgrades itself first (pkg), then plans the rest.</summary>
    SelfUpgrade,
    Download,
    Unpack,
    Install,
    Upgrade,
    Downgrade,
    Reinstall,
    Remove,
    Configure,
    Done,
}

/// <summary>One structured progress event of an upgrade.</summary>
/// <param name="Step">What is happening.</param>
/// <param name="Package">The package concerned; null for events about the whole run.</param>
/// <param name="Percent">Overall progress from 0 to 100, when known.</param>
/// <param name="Message">A short human-readable description.</param>
public readonly record struct UpgradeProgress(UpgradeStep Step, string? Package, double? Percent, string Message)
{
    /// <summary>For <see cref="UpgradeStep.WaitingForLock"/>: the program holding the lock (its name), when known.</summary>
    public string? Holder { get; init; }

    /// <summary>For <see cref="UpgradeStep.WaitingForLock"/>: the holder's pid, when known.</summary>
    public int? HolderPid { get; init; }
}
