using System.Buffers.Binary;
using System.Text;

namespace UpdateStation.Posix;

/// <summary>
/// FreeBSD's answer to /proc: `sysctl kern.proc.pid.PID` (a struct kinfo_proc) and `kern.proc.pathname.PID` (the
/// executable), read into the same <see cref="ProcessIdentity"/> as on Linux.
/// </summary>
/// <remarks>
/// The start time is microseconds since boot: ki_start less kern.boottime. The kernel fills ki_start as the process's
/// start in uptime plus its current estimate of the boot time (sys/kern/kern_proc.c, fill_kinfo_proc_only:
/// "kp->ki_start = p->p_stats->p_start; getboottime(&amp;boottime); timevaladd(&amp;kp->ki_start, &amp;boottime);"), and
/// that estimate moves whenever the clock is stepped (tc_setclock: ntpd, date(1), a resume from suspend). ki_start alone
/// would then no longer match what the instance published; the difference does not move. With the pid it names one
/// process, as Linux's start time in clock ticks does. The state letter follows ps(1): I idle (being created), R runnable, S sleeping, T stopped, Z zombie,
/// W waiting (interrupt thread), L waiting on a lock. Not run here: no FreeBSD kernel; the parser is tested on a built
/// buffer with the layout of sys/sys/user.h.
/// </remarks>
public static class FreeBsdProcess
{
    /// <summary>Reads the process through sysctl; null when it does not exist or the kernel will not say.</summary>
    [SupportedOSPlatform("freebsd")]
    public static unsafe ProcessIdentity? Read(int pid)
    {
        var info = new byte[FreeBsdConstants.KinfoProcSize];
        int* name = stackalloc int[] { FreeBsdConstants.CTL_KERN, FreeBsdConstants.KERN_PROC, FreeBsdConstants.KERN_PROC_PID, pid };
        // The boot time read before and after the process, so both are the estimate ki_start was made with: a clock step
        // between the reads shows as two different values, and the reads are made again.
        for (var attempt = 0; ; attempt++)
        {
            var before = BootTime();
            nuint length = (nuint)info.Length;
            fixed (byte* buffer = info)
            {
                // No such process: 0 with length 0 (or ESRCH).
                if (Interop.Libc.Sysctl(name, 4, buffer, &length, null, 0) != 0 || length < (nuint)FreeBsdConstants.KinfoProcSize)
                {
                    return null;
                }
            }

            var after = BootTime();
            if (before is { } bootTime && before == after)
            {
                return Parse(info, bootTime, ReadExecutable(pid));
            }

            if (before is null || attempt == 2)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// The identity in a kinfo_proc buffer, its start time made microseconds since boot with <paramref name="bootTime"/>
    /// (kern.boottime in microseconds since the epoch, read in the same instant); null when it is not one (wrong size).
    /// </summary>
    public static ProcessIdentity? Parse(ReadOnlySpan<byte> info, long bootTime, string? executable)
    {
        if (info.Length < FreeBsdConstants.KinfoProcSize
            || BinaryPrimitives.ReadInt32LittleEndian(info[FreeBsdConstants.KiStructSizeOffset..]) != FreeBsdConstants.KinfoProcSize)
        {
            return null;
        }

        int pid = BinaryPrimitives.ReadInt32LittleEndian(info[FreeBsdConstants.KiPidOffset..]);
        uint uid = BinaryPrimitives.ReadUInt32LittleEndian(info[FreeBsdConstants.KiUidOffset..]);
        long seconds = BinaryPrimitives.ReadInt64LittleEndian(info[FreeBsdConstants.KiStartOffset..]);
        long microseconds = BinaryPrimitives.ReadInt64LittleEndian(info[(FreeBsdConstants.KiStartOffset + 8)..]);
        char state = info[FreeBsdConstants.KiStatOffset] switch
        {
            1 => 'I',
            2 => 'R',
            3 => 'S',
            4 => 'T',
            FreeBsdConstants.SZOMB => 'Z',
            6 => 'W',
            7 => 'L',
            _ => '?',
        };
        var sinceBoot = seconds * 1_000_000 + microseconds - bootTime;
        return new ProcessIdentity(pid, uid, state, (ulong)Math.Max(sinceBoot, 0), executable);
    }

    /// <summary>A struct timeval (amd64: tv_sec and tv_usec, 8 bytes each) in microseconds.</summary>
    public static long Microseconds(ReadOnlySpan<byte> timeval) =>
        BinaryPrimitives.ReadInt64LittleEndian(timeval) * 1_000_000 + BinaryPrimitives.ReadInt64LittleEndian(timeval[8..]);

    /// <summary>ki_comm: the command name, at most 19 characters.</summary>
    public static string Command(ReadOnlySpan<byte> info)
    {
        var comm = info.Slice(FreeBsdConstants.KiCommOffset, FreeBsdConstants.KiCommLength);
        int end = comm.IndexOf((byte)0);
        return Encoding.UTF8.GetString(end < 0 ? comm : comm[..end]);
    }

    /// <summary>kern.boottime (the kernel's current estimate of when it booted) in microseconds since the epoch; null when unreadable.</summary>
    [SupportedOSPlatform("freebsd")]
    private static unsafe long? BootTime()
    {
        Span<byte> timeval = stackalloc byte[FreeBsdConstants.TimevalSize];
        nuint length = (nuint)timeval.Length;
        fixed (byte* buffer = timeval)
        {
            if (Interop.Libc.SysctlByName(FreeBsdConstants.KernBootTime, buffer, &length, null, 0) != 0 || length != (nuint)timeval.Length)
            {
                return null;
            }
        }

        return Microseconds(timeval);
    }

    [SupportedOSPlatform("freebsd")]
    private static unsafe string? ReadExecutable(int pid)
    {
        var path = new byte[1024];
        int* name = stackalloc int[] { FreeBsdConstants.CTL_KERN, FreeBsdConstants.KERN_PROC, FreeBsdConstants.KERN_PROC_PATHNAME, pid };
        nuint length = (nuint)path.Length;
        fixed (byte* buffer = path)
        {
            if (Interop.Libc.Sysctl(name, 4, buffer, &length, null, 0) != 0 || length == 0)
            {
                return null;
            }
        }

        // The length counts the terminating NUL.
        return Encoding.UTF8.GetString(path, 0, (int)length - 1);
    }
}
