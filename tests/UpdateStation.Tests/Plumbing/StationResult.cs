namespace UpdateStation.Tests.Plumbing;

/// <summary>How one run of the binary ended.</summary>
internal sealed record StationResult(int Pid, int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() =>
        $"pid {Pid} exited {ExitCode}\n--- stdout ---\n{Stdout}--- stderr ---\n{Stderr}";
}
