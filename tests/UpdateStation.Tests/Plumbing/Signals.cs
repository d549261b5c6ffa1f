using System.Runtime.InteropServices;

namespace UpdateStation.Tests.Plumbing;

/// <summary>Linux x86-64 signal numbers and kill(2) for the specs.</summary>
internal static class Signals
{
    public const int SIGHUP = 1;
    public const int SIGINT = 2;
    public const int SIGQUIT = 3;
    public const int SIGKILL = 9;
    public const int SIGUSR1 = 10;
    public const int SIGTERM = 15;
    public const int SIGCONT = 18;
    public const int SIGSTOP = 19;

    private const int ESRCH = 3;

    /// <summary>Sends <paramref name="signal"/>; false when the process no longer exists.</summary>
    public static bool Send(int pid, int signal)
    {
        if (Interop.Libc.kill(pid, signal) == 0)
        {
            return true;
        }

        int errno = Marshal.GetLastPInvokeError();
        return errno == ESRCH
            ? false
            : throw new InvalidOperationException($"kill({pid}, {signal}) failed with errno {errno}.");
    }
}
