namespace UpdateStation.Posix;

/// <summary>A process pinned by identity: a pidfd on Linux, so a signal never reaches a process that reused the pid.</summary>
/// <remarks>
/// Where pidfds do not exist (FreeBSD, Linux before 5.3) it falls back to the pid and kill(2); callers verify the
/// process after opening the handle and before signalling, which leaves only that short window.
/// </remarks>
public sealed class PidHandle : IDisposable
{
    private const long SYS_pidfd_open = 434;
    private const long SYS_pidfd_send_signal = 424;

    private readonly SafeFileDescriptor? _pidfd;

    private PidHandle(int pid, SafeFileDescriptor? pidfd)
    {
        Pid = pid;
        _pidfd = pidfd;
    }

    public int Pid { get; }

    /// <summary>Opens a handle on <paramref name="pid"/>; null when no such process exists or the pid is not positive.</summary>
    public static PidHandle? Open(int pid)
    {
        if (pid <= 0)
        {
            // 0 and negative pids name process groups for kill(2) and are invalid for pidfd_open: never a process.
            return null;
        }

        if (!OperatingSystem.IsLinux() || !PlatformConstants.Current.HasPidfd)
        {
            return new PidHandle(pid, null);
        }

        var fd = Interop.Libc.PidfdOpen(SYS_pidfd_open, pid, 0);
        if (fd >= 0)
        {
            var handle = new SafeFileDescriptor();
            Marshal.InitHandle(handle, checked((IntPtr)fd));
            return new PidHandle(pid, handle);
        }

        var errno = Marshal.GetLastPInvokeError();
        if (errno == PlatformConstants.ESRCH)
        {
            return null;
        }

        return errno == PlatformConstants.Current.ENOSYS
            ? new PidHandle(pid, null)
            : throw new PosixException("pidfd_open", $"pid {pid}", errno);
    }

    /// <summary>Sends <paramref name="signal"/>; false when the process has exited since the handle was opened.</summary>
    public bool TrySend(Signal signal)
    {
        if (_pidfd is null || !OperatingSystem.IsLinux())
        {
            return ProcessSignals.TrySend(Pid, signal);
        }

        if (Interop.Libc.PidfdSendSignal(SYS_pidfd_send_signal, _pidfd, signal.Number, IntPtr.Zero, 0) == 0)
        {
            return true;
        }

        var errno = Marshal.GetLastPInvokeError();
        return errno == PlatformConstants.ESRCH ? false : throw new PosixException($"pidfd_send_signal({signal})", $"pid {Pid}", errno);
    }

    public void Dispose() => _pidfd?.Dispose();
}
