using UpdateStation.Packages.Model;

namespace UpdateStation.Upgrade.History;

/// <summary>How a past run ended.</summary>
public enum PastRunResult
{
    Done,
    Failed,
    PlanChanged,

    /// <summary>The log has no end for it: the helper was killed (power loss), or it is still running.</summary>
    Unfinished,
}

/// <summary>One past upgrade from the run log: when, by whom (a person or an automatic run), what it changed, how it ended.</summary>
/// <param name="Started">When it started.</param>
/// <param name="Automatic">Started by the scheduler (`update-station-helper automatic`), not by a person.</param>
/// <param name="Changes">The plan it applied (or meant to): each change as the log lists it.</param>
/// <param name="Result">How it ended.</param>
/// <param name="Message">The failure's words, or the end line; null when it has none.</param>
/// <param name="RestartNeeded">The run ended saying a restart is needed.</param>
public sealed record PastRun(DateTimeOffset Started, bool Automatic, IReadOnlyList<PastChange> Changes, PastRunResult Result, string? Message, bool RestartNeeded)
{
    /// <summary>How many of the changes are security updates; null when the log does not say (written before it did).</summary>
    public int? Security { get; init; }

    /// <summary>When its end line was written; null while it has none (<see cref="PastRunResult.Unfinished"/>).</summary>
    public DateTimeOffset? Ended { get; init; }
}

/// <summary>One change of a past run: "upgrade alpha 1.0-1 -> 1.1-1".</summary>
public sealed record PastChange(string Action, string Name, string? CurrentVersion, string? NewVersion)
{
    public bool IsRemoval => Action == ActionNames.Of(ChangeAction.Remove);
}
