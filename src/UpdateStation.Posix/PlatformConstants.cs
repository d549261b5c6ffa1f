namespace UpdateStation.Posix;

/// <summary>The numbers that differ between the POSIX systems we run on; a port is a new instance of this record.</summary>
/// <remarks>Signal and errno values come from the systems' headers (Linux asm-generic/signal.h, FreeBSD sys/signal.h, errno.h).</remarks>
public sealed record PlatformConstants(
    string Name,
    int SIGUSR1,
    int SIGTERM,
    int SIGKILL,
    int SIGSTOP,
    int SIGCONT,
    int EAGAIN,
    int ENOSYS,
    int O_RDWR,
    int O_CREAT,
    int O_CLOEXEC,
    int O_NOFOLLOW,
    int O_NONBLOCK,
    int O_EXCL,
    int NoFollowErrno,
    int StatInodeOffset,
    int StatModeOffset,
    int StatModeSize,
    int StatUidOffset,
    int StatSizeOffset,
    bool HasPidfd,
    bool HasProcFileSystem)
{
    public const int ESRCH = 3;
    public const int EINTR = 4;
    public const int EPERM = 1;
    public const int ENOENT = 2;
    public const int EBADF = 9;
    public const int EACCES = 13;
    public const int EEXIST = 17;
    public const int ENOTDIR = 20;
    public const int EISDIR = 21;
    public const int ENOSPC = 28;
    public const int EPIPE = 32;
    public const int O_RDONLY = 0;
    public const int O_WRONLY = 1;

    /// <summary>x86-64 Linux with glibc.</summary>
    public static PlatformConstants LinuxX64 { get; } = new(
        "linux", SIGUSR1: 10, SIGTERM: 15, SIGKILL: 9, SIGSTOP: 19, SIGCONT: 18,
        EAGAIN: 11, ENOSYS: 38, O_RDWR: 2, O_CREAT: 0x40, O_CLOEXEC: 0x80000, O_NOFOLLOW: 0x20000,
        O_NONBLOCK: 0x800, O_EXCL: 0x80, NoFollowErrno: 40 /* ELOOP */,
        StatInodeOffset: 8, StatModeOffset: 24, StatModeSize: 4, StatUidOffset: 28, StatSizeOffset: 48, HasPidfd: true, HasProcFileSystem: true);

    /// <summary>arm64 Linux with glibc (asm-generic stat layout).</summary>
    public static PlatformConstants LinuxArm64 { get; } = LinuxX64 with
    {
        O_NOFOLLOW = 0x8000,
        StatModeOffset = 16,
        StatUidOffset = 24,
    };

    /// <summary>amd64 FreeBSD 12 and later (64-bit ino_t stat layout).</summary>
    public static PlatformConstants FreeBsdX64 { get; } = new(
        "freebsd", SIGUSR1: 30, SIGTERM: 15, SIGKILL: 9, SIGSTOP: 17, SIGCONT: 19,
        EAGAIN: 35, ENOSYS: 78, O_RDWR: 2, O_CREAT: 0x200, O_CLOEXEC: 0x100000, O_NOFOLLOW: 0x100,
        O_NONBLOCK: 0x4, O_EXCL: 0x800, NoFollowErrno: 31 /* EMLINK: FreeBSD's open(2) answer to O_NOFOLLOW on a link */,
        StatInodeOffset: 8, StatModeOffset: 24, StatModeSize: 2, StatUidOffset: 28, StatSizeOffset: 112, HasPidfd: false, HasProcFileSystem: false);

    /// <summary>The constants of the system this process runs on.</summary>
    public static PlatformConstants Current { get; } = Detect();

    private static PlatformConstants Detect()
    {
        if (OperatingSystem.IsFreeBSD())
        {
            return FreeBsdX64;
        }

        if (OperatingSystem.IsLinux())
        {
            return RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? LinuxArm64 : LinuxX64;
        }

        throw new PlatformNotSupportedException($"Update Station runs on Linux and FreeBSD, not on {RuntimeInformation.OSDescription}.");
    }
}
