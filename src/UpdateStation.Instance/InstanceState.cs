namespace UpdateStation.Instance;

/// <summary>The state a running instance publishes for clients: who it is and what it has done.</summary>
/// <param name="Pid">The instance's process id.</param>
/// <param name="ProcessStartTime">The kernel's start time of that process; with the pid it names one process, so a reused pid is detected.</param>
/// <param name="Mode">"tray" or "check-now".</param>
/// <param name="StartedAt">When the instance started.</param>
/// <param name="Activations">Activations (SIGUSR1) handled on the main loop so far; clients wait for it to go up.</param>
/// <param name="Checking">A check is running now.</param>
/// <param name="LastCheck">The last completed check; null until one has completed.</param>
public sealed record InstanceState(
    int Pid,
    ulong ProcessStartTime,
    string Mode,
    DateTimeOffset StartedAt,
    long Activations,
    bool Checking,
    CheckSummary? LastCheck)
{
    public const string TrayMode = "tray";
    public const string CheckNowMode = "check-now";
}
