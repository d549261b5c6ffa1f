namespace UpdateStation.Posix;

/// <summary>How a child process ended: its exit code, or the signal that killed it.</summary>
/// <param name="ExitCode">The exit code; 128 + the signal number when a signal killed it, as shells report it.</param>
/// <param name="Signal">The number of the signal that killed it; null when it exited.</param>
public readonly record struct ExitStatus(int ExitCode, int? Signal)
{
    /// <summary>Decodes a wait(2) status word (the same layout on Linux and FreeBSD).</summary>
    internal static ExitStatus FromWaitStatus(int status)
    {
        var signal = status & 0x7f;
        return signal == 0 ? new ExitStatus((status >> 8) & 0xff, null) : new ExitStatus(128 + signal, signal);
    }
}
