namespace UpdateStation.Packages.Model;

/// <summary>The outcome of a completed upgrade.</summary>
/// <param name="Applied">The changes that were applied.</param>
/// <param name="Restart">Whether the system must be restarted for the changes to take effect.</param>
public sealed record UpgradeResult(IReadOnlyList<PackageChange> Applied, RestartStatus Restart);

/// <summary>Whether a restart is needed, and why.</summary>
/// <param name="Required">A restart is needed.</param>
/// <param name="Packages">Packages that asked for it, when the system says (Debian's /run/reboot-required.pkgs).</param>
/// <param name="Reason">A human-readable reason, e.g. a newer installed kernel; null when none is needed.</param>
public sealed record RestartStatus(bool Required, IReadOnlyList<string> Packages, string? Reason)
{
    public static RestartStatus NotRequired { get; } = new(false, [], null);
}
