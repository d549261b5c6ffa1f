namespace UpdateStation.Posix;

/// <summary>kill(2) by pid. Prefer <see cref="PidHandle"/> where the target must be the process that was verified.</summary>
public static class ProcessSignals
{
    /// <summary>Sends <paramref name="signal"/>; false when the process no longer exists (ESRCH).</summary>
    /// <exception cref="PosixException">Any other failure, e.g. EPERM for another user's process.</exception>
    public static bool TrySend(int pid, Signal signal)
    {
        if (Interop.Libc.Kill(pid, signal.Number) == 0)
        {
            return true;
        }

        var errno = Marshal.GetLastPInvokeError();
        return errno == PlatformConstants.ESRCH ? false : throw new PosixException($"kill({signal})", $"pid {pid}", errno);
    }

    /// <summary>Whether a process with this pid exists and may be signalled by us (kill with signal 0).</summary>
    public static bool IsAlive(int pid) => pid > 0 && Interop.Libc.Kill(pid, 0) == 0;
}
