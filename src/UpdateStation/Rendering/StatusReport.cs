namespace UpdateStation.Rendering;

/// <summary>`status --json`: the instance's published state with "running": true.</summary>
internal sealed record StatusReport(
    bool Running,
    int Pid,
    string Mode,
    DateTimeOffset StartedAt,
    long Activations,
    bool Checking,
    CheckSummary? LastCheck)
{
    public static StatusReport From(InstanceState state) =>
        new(true, state.Pid, state.Mode, state.StartedAt, state.Activations, state.Checking, state.LastCheck);
}
