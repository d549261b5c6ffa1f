namespace UpdateStation.Settings;

/// <summary>What unattended runs may install.</summary>
public enum AutomaticUpdates
{
    None,
    Security,
    All,
}

/// <summary>The `[automatic]` table of the system settings file: what an unattended run may do, and when.</summary>
/// <param name="Updates">What it installs; <see cref="AutomaticUpdates.None"/> (the default) turns it off.</param>
/// <param name="Windows">When it may run; empty: at any time (once a day).</param>
/// <param name="OnBattery">Whether it runs without mains power.</param>
/// <param name="OnMetered">Whether it runs on a metered connection.</param>
/// <param name="Reboot">Restart after a run that needs it.</param>
/// <param name="RebootTime">When to restart (inside the window); null: right after the run.</param>
/// <param name="RebootWithUsers">Restart even while someone is logged in.</param>
public sealed record AutomaticPolicy(
    AutomaticUpdates Updates,
    IReadOnlyList<MaintenanceWindow> Windows,
    bool OnBattery,
    bool OnMetered,
    bool Reboot,
    TimeSpan? RebootTime,
    bool RebootWithUsers);
