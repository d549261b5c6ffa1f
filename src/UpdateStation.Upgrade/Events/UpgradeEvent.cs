using UpdateStation.Packages.Json;

namespace UpdateStation.Upgrade.Events;

/// <summary>
/// One event of an upgrade as the root helper writes it (one JSON line on stdout) and front ends read it: the window and
/// the terminal's `upgrade` render the same stream.
/// </summary>
/// <remarks>
/// <see cref="Event"/> says which of the other fields are set: `step` (<see cref="Step"/>), `progress` (<see cref="Percent"/>,
/// <see cref="Package"/>), `log` (<see cref="Line"/>), `waiting-for-lock` (<see cref="Holder"/>, <see cref="Pid"/>),
/// `done` (<see cref="RestartNeeded"/>, <see cref="BootEnvironment"/>, <see cref="Fingerprint"/>, <see cref="Plan"/> after
/// a refresh), `error` (<see cref="Code"/>, <see cref="Message"/>, <see cref="Log"/>, <see cref="Plan"/> when it changed).
/// Absent fields are not written.
/// </remarks>
public sealed record UpgradeEvent(string Event)
{
    public string? Step { get; init; }

    public double? Percent { get; init; }

    public string? Package { get; init; }

    public string? Line { get; init; }

    public string? Holder { get; init; }

    public int? Pid { get; init; }

    public bool? RestartNeeded { get; init; }

    public string? BootEnvironment { get; init; }

    public string? Fingerprint { get; init; }

    public string? Code { get; init; }

    public string? Message { get; init; }

    public string? Log { get; init; }

    public PlanJson? Plan { get; init; }

    public static UpgradeEvent ForStep(string step) => new(UpgradeEventNames.EventStep) { Step = step };

    public static UpgradeEvent ForProgress(double? percent, string? package) => new(UpgradeEventNames.EventProgress) { Percent = percent, Package = package };

    public static UpgradeEvent ForLog(string line) => new(UpgradeEventNames.EventLog) { Line = line };

    public static UpgradeEvent ForWaitingForLock(string holder, int? pid) => new(UpgradeEventNames.EventWaitingForLock) { Holder = holder, Pid = pid };

    public static UpgradeEvent ForError(string code, string message, string log, PlanJson? plan = null) =>
        new(UpgradeEventNames.EventError) { Code = code, Message = message, Log = log, Plan = plan };
}
