using UpdateStation.Posix;

namespace UpdateStation.Tests.Shared;

/// <summary>
/// Signal numbers and kill(2) for the tests, through UpdateStation.Posix. The constants are the numbers every POSIX
/// system shares (attributes take them); SIGUSR1, SIGSTOP and SIGCONT differ between Linux and FreeBSD, so they come
/// from <see cref="PlatformConstants"/>.
/// </summary>
public static class Signals
{
    public const int SIGHUP = 1;
    public const int SIGINT = 2;
    public const int SIGQUIT = 3;
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;

    public static int SIGUSR1 => Signal.SIGUSR1.Number;

    public static int SIGSTOP => Signal.SIGSTOP.Number;

    public static int SIGCONT => Signal.SIGCONT.Number;

    /// <summary>Sends <paramref name="signal"/> (a negative pid: a process group); false when the process no longer exists.</summary>
    public static bool Send(int pid, int signal) => ProcessSignals.TrySend(pid, new Signal(signal, $"signal {signal}"));
}
