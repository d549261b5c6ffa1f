using UpdateStation.Upgrade.Events;

namespace UpdateStation.Upgrade.Elevation;

/// <summary>How one run of the helper through pkexec or sudo ended.</summary>
/// <param name="Outcome">What the exit status says about the elevation itself (cancelled, not authorized, or the helper ran).</param>
/// <param name="ExitCode">The exit status of the elevation command: the helper's (<see cref="HelperExitCodes"/>) when it ran.</param>
/// <param name="Final">The last `done` or `error` event; null when the helper ended without one (or never ran).</param>
/// <param name="Error">What was written on stderr (pkexec's or sudo's refusal, the helper's one line before its events).</param>
public sealed record HelperRunResult(ElevationOutcome Outcome, int ExitCode, UpgradeEvent? Final, string Error)
{
    /// <summary>The helper ran and ended with `done`.</summary>
    public bool Succeeded => Outcome == ElevationOutcome.Ran && ExitCode == HelperExitCodes.Done && Final?.Event == UpgradeEventNames.EventDone;
}
