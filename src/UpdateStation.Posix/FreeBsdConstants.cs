namespace UpdateStation.Posix;

/// <summary>
/// FreeBSD's numbers that Linux has no counterpart for: the C library's file name, the sysctl names that describe a
/// process, and where struct kinfo_proc keeps what we read (amd64, FreeBSD 12 and later; KINFO_PROC_SIZE 1088).
/// </summary>
/// <remarks>Pinned by FreeBsdConstantsTests against FreeBSD's headers (sys/sys/user.h, sys/sys/sysctl.h, sys/sys/proc.h).</remarks>
public static class FreeBsdConstants
{
    /// <summary>The C library (lib/libc/Makefile: SHLIB_MAJOR= 7).</summary>
    public const string LibcName = "libc.so.7";

    public const int CTL_KERN = 1;
    public const int KERN_PROC = 14;
    public const int KERN_PROC_PID = 1;
    public const int KERN_PROC_PATHNAME = 12;

    /// <summary>The kernel's estimate of when it booted, a struct timeval; a clock step moves it (sys/kern/kern_tc.c).</summary>
    public const string KernBootTime = "kern.boottime";

    /// <summary>sizeof(struct timeval) on amd64: time_t tv_sec, suseconds_t (long) tv_usec.</summary>
    public const int TimevalSize = 16;

    /// <summary>sizeof(struct kinfo_proc) on amd64; ki_structsize says the same.</summary>
    public const int KinfoProcSize = 1088;

    public const int KiStructSizeOffset = 0;
    public const int KiPidOffset = 72;

    /// <summary>ki_uid: the effective user id.</summary>
    public const int KiUidOffset = 168;

    /// <summary>ki_start: struct timeval (tv_sec, then tv_usec, 8 bytes each).</summary>
    public const int KiStartOffset = 336;

    /// <summary>ki_stat: one byte, SIDL 1 SRUN 2 SSLEEP 3 SSTOP 4 SZOMB 5 SWAIT 6 SLOCK 7.</summary>
    public const int KiStatOffset = 388;

    /// <summary>ki_comm: COMMLEN + 1 = 20 bytes, NUL-terminated.</summary>
    public const int KiCommOffset = 447;

    public const int KiCommLength = 20;

    public const byte SZOMB = 5;

    /// <summary>The advisory locks of the whole system, struct kinfo_lockf records (FreeBSD 13.1 and later).</summary>
    public const string KernLockf = "kern.lockf";

    /// <summary>sizeof(struct kinfo_lockf): the fixed part (64 bytes) and kl_path[PATH_MAX = 1024].</summary>
    public const int KinfoLockfSize = 1088;

    public const int KlStructSizeOffset = 0;
    public const int KlRwOffset = 4;
    public const int KlTypeOffset = 8;
    public const int KlPidOffset = 12;
    public const int KlFileFsidOffset = 24;
    public const int KlFileFileIdOffset = 40;
    public const int KlPathOffset = 64;

    public const int KLOCKF_RW_READ = 1;
    public const int KLOCKF_RW_WRITE = 2;
    public const int KLOCKF_TYPE_FLOCK = 1;
    public const int KLOCKF_TYPE_PID = 2;
}
