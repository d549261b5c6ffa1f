using System.Runtime.InteropServices;

namespace UpdateStation.Posix.Tests;

/// <summary>
/// Every FreeBSD number the code uses, against FreeBSD's own headers (freebsd/freebsd-src, read through the project's
/// look-up index at the revisions named; this machine has no FreeBSD headers and no FreeBSD kernel to ask). Each row
/// names the header, the revision read and the header's line that defines the value, verbatim, so a reader can find
/// it again with grep. Layouts are amd64's: 8-byte pointers, long, time_t, off_t and dev_t; 4-byte int, pid_t, uid_t.
/// </summary>
public sealed class FreeBsdNumbersTests
{
    private const string Signal = "sys/sys/signal.h @ f7fa86b743f4851065b80a704e7ee6c9922b5bda";
    private const string Errno = "sys/sys/errno.h @ 01ca612ace5f76c6e7eb834efd44e10cc6f0ab9c";
    private const string Fcntl = "sys/sys/fcntl.h @ 0069e95e9bc656bc22e6bb3e4a71f0286e800676";
    private const string Spawn = "include/spawn.h @ 039ea811636f62633b18bcadb9f5332b215f7900 (lib/libc/gen/posix_spawn.c @ 021c2dcfba530bce3d9955715e89fb355345ec55 accepts no other flag but POSIX_SPAWN_DISABLE_ASLR_NP: no SETSID)";
    private const string Locale = "include/locale.h @ 94f2cb2d49dc1cfa4545d4252959e562a35519a4";
    private const string Stat = "sys/sys/stat.h, struct stat since FreeBSD 12 (ino64): dev_t st_dev; ino_t st_ino; nlink_t st_nlink; mode_t st_mode; __int16_t st_bsdflags; uid_t st_uid; gid_t st_gid; __int32_t st_padding1; dev_t st_rdev; struct timespec st_atim, st_mtim, st_ctim, st_birthtim; off_t st_size (the index holds only c35a25f4038001246a125b4dbd5074d3306c8010, the 4.4BSD layout, for the S_IF* lines)";
    private const string Pwd = "include/pwd.h @ 5e0e9b99dc3fc0ecd49d929db0d57c784b66f481, struct passwd: char *pw_name; char *pw_passwd; uid_t pw_uid; gid_t pw_gid; time_t pw_change; char *pw_class; char *pw_gecos; char *pw_dir; char *pw_shell; time_t pw_expire; int pw_fields";
    private const string User = "sys/sys/user.h @ 29363fb446372cb3f10bc98664e9767c53fbb457";
    private const string Sysctl = "sys/sys/sysctl.h @ eb9303a38cac7f4ffa37f12d8b140c7c2e35ff04";
    private const string Proc = "sys/sys/proc.h @ 6db7e75d77aa6569b06529cd88ce3138a199a961";

    public static TheoryData<string, long, long, string> Numbers => new()
    {
        // Signals: the activation signal, the stop and kill of verified processes, the detached child's SIGPIPE. (The
        // 128 + N exit statuses of SIGHUP 1, SIGINT 2, SIGQUIT 3 and SIGTERM 15 are the same numbers on both systems;
        // StopSignalsTests pins them.)
        { "SIGUSR1", PlatformConstants.FreeBsdX64.SIGUSR1, 30, Signal + ": #define\tSIGUSR1\t\t30\t/* user defined signal 1 */" },
        { "SIGTERM", PlatformConstants.FreeBsdX64.SIGTERM, 15, Signal + ": #define\tSIGTERM\t\t15\t/* software termination signal from kill */" },
        { "SIGKILL", PlatformConstants.FreeBsdX64.SIGKILL, 9, Signal + ": #define\tSIGKILL\t\t9\t/* kill (cannot be caught or ignored) */" },
        { "SIGSTOP", PlatformConstants.FreeBsdX64.SIGSTOP, 17, Signal + ": #define\tSIGSTOP\t\t17\t/* sendable stop signal not from tty */" },
        { "SIGCONT", PlatformConstants.FreeBsdX64.SIGCONT, 19, Signal + ": #define\tSIGCONT\t\t19\t/* continue a stopped process */" },
        { "SIGPIPE", SpawnConstants.FreeBsd.SIGPIPE, 13, Signal + ": #define\tSIGPIPE\t\t13\t/* write on a pipe with no one to read it */" },

        // errno.
        { "EPERM", PlatformConstants.EPERM, 1, Errno + ": #define\tEPERM\t\t1\t\t/* Operation not permitted */" },
        { "ENOENT", PlatformConstants.ENOENT, 2, Errno + ": #define\tENOENT\t\t2\t\t/* No such file or directory */" },
        { "ESRCH", PlatformConstants.ESRCH, 3, Errno + ": #define\tESRCH\t\t3\t\t/* No such process */" },
        { "EINTR", PlatformConstants.EINTR, 4, Errno + ": #define\tEINTR\t\t4\t\t/* Interrupted system call */" },
        { "EBADF", PlatformConstants.EBADF, 9, Errno + ": #define\tEBADF\t\t9\t\t/* Bad file descriptor */" },
        { "EACCES", PlatformConstants.EACCES, 13, Errno + ": #define\tEACCES\t\t13\t\t/* Permission denied */" },
        { "EEXIST", PlatformConstants.EEXIST, 17, Errno + ": #define\tEEXIST\t\t17\t\t/* File exists */" },
        { "ENOTDIR", PlatformConstants.ENOTDIR, 20, Errno + ": #define\tENOTDIR\t\t20\t\t/* Not a directory */" },
        { "EISDIR", PlatformConstants.EISDIR, 21, Errno + ": #define\tEISDIR\t\t21\t\t/* Is a directory */" },
        { "ENOSPC", PlatformConstants.ENOSPC, 28, Errno + ": #define\tENOSPC\t\t28\t\t/* No space left on device */" },
        { "EMLINK (O_NOFOLLOW on a link)", PlatformConstants.FreeBsdX64.NoFollowErrno, 31, Errno + ": #define\tEMLINK\t\t31\t\t/* Too many links */" },
        { "EPIPE", PlatformConstants.EPIPE, 32, Errno + ": #define\tEPIPE\t\t32\t\t/* Broken pipe */" },
        { "ERANGE", Interop.Libc.ERANGE, 34, Errno + ": #define\tERANGE\t\t34\t\t/* Result too large */" },
        { "EAGAIN", PlatformConstants.FreeBsdX64.EAGAIN, 35, Errno + ": #define\tEAGAIN\t\t35\t\t/* Resource temporarily unavailable */" },
        { "ENOSYS", PlatformConstants.FreeBsdX64.ENOSYS, 78, Errno + ": #define\tENOSYS\t\t78\t\t/* Function not implemented */" },

        // open(2) and fcntl(2) flags, flock(2) operations.
        { "O_RDONLY", PlatformConstants.O_RDONLY, 0, Fcntl + ": #define\tO_RDONLY\t0x0000\t\t/* open for reading only */" },
        { "O_WRONLY", PlatformConstants.O_WRONLY, 1, Fcntl + ": #define\tO_WRONLY\t0x0001\t\t/* open for writing only */" },
        { "O_RDWR", PlatformConstants.FreeBsdX64.O_RDWR, 2, Fcntl + ": #define\tO_RDWR\t\t0x0002\t\t/* open for reading and writing */" },
        { "O_NONBLOCK", PlatformConstants.FreeBsdX64.O_NONBLOCK, 0x4, Fcntl + ": #define\tO_NONBLOCK\t0x0004\t\t/* no delay */" },
        { "O_APPEND", SpawnConstants.FreeBsd.O_APPEND, 0x8, Fcntl + ": #define\tO_APPEND\t0x0008\t\t/* set append mode */" },
        { "O_NOFOLLOW", PlatformConstants.FreeBsdX64.O_NOFOLLOW, 0x100, Fcntl + ": #define\tO_NOFOLLOW\t0x0100\t\t/* don't follow symlinks */" },
        { "O_CREAT", PlatformConstants.FreeBsdX64.O_CREAT, 0x200, Fcntl + ": #define\tO_CREAT\t\t0x0200\t\t/* create if nonexistent */" },
        { "O_EXCL", PlatformConstants.FreeBsdX64.O_EXCL, 0x800, Fcntl + ": #define\tO_EXCL\t\t0x0800\t\t/* error if already exists */" },
        { "O_CLOEXEC", PlatformConstants.FreeBsdX64.O_CLOEXEC, 0x100000, Fcntl + ": #define\tO_CLOEXEC\t0x00100000" },
        { "spawn O_RDONLY", SpawnConstants.FreeBsd.O_RDONLY, 0, Fcntl + ": #define\tO_RDONLY\t0x0000\t\t/* open for reading only */" },
        { "spawn O_WRONLY", SpawnConstants.FreeBsd.O_WRONLY, 1, Fcntl + ": #define\tO_WRONLY\t0x0001\t\t/* open for writing only */" },
        { "F_GETFD", Interop.Libc.F_GETFD, 1, Fcntl + ": #define\tF_GETFD\t\t1\t\t/* get file descriptor flags */" },
        { "LOCK_SH", (long)Interop.Libc.LockOperations.LOCK_SH, 1, Fcntl + ": #define\tLOCK_SH\t\t0x01\t\t/* shared file lock */" },
        { "LOCK_EX", (long)Interop.Libc.LockOperations.LOCK_EX, 2, Fcntl + ": #define\tLOCK_EX\t\t0x02\t\t/* exclusive file lock */" },
        { "LOCK_NB", (long)Interop.Libc.LockOperations.LOCK_NB, 4, Fcntl + ": #define\tLOCK_NB\t\t0x04\t\t/* don't block when locking */" },
        { "LOCK_UN", (long)Interop.Libc.LockOperations.LOCK_UN, 8, Fcntl + ": #define\tLOCK_UN\t\t0x08\t\t/* unlock file */" },

        // posix_spawn: the detached child's flags (SETSIGDEF | SETSIGMASK; its session comes from SessionExec).
        { "POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK", SpawnConstants.FreeBsd.DetachFlags, 0x10 | 0x20, Spawn + ": #define POSIX_SPAWN_SETSIGDEF\t\t0x10, #define POSIX_SPAWN_SETSIGMASK\t\t0x20" },
        { "POSIX_SPAWN_SETPGROUP (no wrapper known)", SpawnConstants.POSIX_SPAWN_SETPGROUP, 0x02, Spawn + ": #define POSIX_SPAWN_SETPGROUP\t\t0x02" },
        { "no POSIX_SPAWN_SETSID", SpawnConstants.FreeBsd.HasSetSid ? 1 : 0, 0, Spawn },
        { "sigset_t fits", Interop.Libc.SignalSetSize >= 16 ? 1 : 0, 1, "sys/sys/_sigset.h: typedef struct __sigset { __uint32_t __bits[_SIG_WORDS]; } with _SIG_WORDS 4: 16 bytes" },

        // gettext's category.
#pragma warning disable CA1416 // A constant of the FreeBSD-only libintl binding: read here, never called.
        { "LC_MESSAGES", Interop.Intl.LC_MESSAGES_FREEBSD, 6, Locale + ": #define\tLC_MESSAGES\t6" },
#pragma warning restore CA1416

        // struct stat.
        { "st_dev offset", FileStatus.DeviceOffset, 0, Stat },
        { "st_ino offset", PlatformConstants.FreeBsdX64.StatInodeOffset, 8, Stat },
        { "st_mode offset", PlatformConstants.FreeBsdX64.StatModeOffset, 24, Stat },
        { "sizeof(mode_t)", PlatformConstants.FreeBsdX64.StatModeSize, 2, Stat + "; sys/sys/_types.h: typedef __uint16_t __mode_t" },
        { "st_uid offset", PlatformConstants.FreeBsdX64.StatUidOffset, 28, Stat },
        { "st_size offset", PlatformConstants.FreeBsdX64.StatSizeOffset, 112, Stat + ": st_rdev 40, four 16-byte timespecs 48..112" },

        // struct passwd.
        { "pw_name offset", (long)Marshal.OffsetOf<Interop.Libc.FreeBsdPasswd>(nameof(Interop.Libc.FreeBsdPasswd.Name)), 0, Pwd },
        { "pw_change offset", (long)Marshal.OffsetOf<Interop.Libc.FreeBsdPasswd>(nameof(Interop.Libc.FreeBsdPasswd.Change)), 24, Pwd },
        { "pw_dir offset", (long)Marshal.OffsetOf<Interop.Libc.FreeBsdPasswd>(nameof(Interop.Libc.FreeBsdPasswd.Dir)), 48, Pwd },
        { "sizeof(struct passwd)", Marshal.SizeOf<Interop.Libc.FreeBsdPasswd>(), 80, Pwd + ": 8 + 8 + 4 + 4 + 8 + 8 + 8 + 8 + 8 + 8 + 4, padded to 8" },

        // sysctl names and struct kinfo_proc.
        { "CTL_KERN", FreeBsdConstants.CTL_KERN, 1, Sysctl + ": #define\tCTL_KERN\t1\t\t/* \"high kernel\": proc, limits */" },
        { "KERN_PROC", FreeBsdConstants.KERN_PROC, 14, Sysctl + ": #define\tKERN_PROC\t\t14\t/* struct: process entries */" },
        { "KERN_PROC_PID", FreeBsdConstants.KERN_PROC_PID, 1, Sysctl + ": #define\tKERN_PROC_PID\t\t1\t/* by process id */" },
        { "KERN_PROC_PATHNAME", FreeBsdConstants.KERN_PROC_PATHNAME, 12, Sysctl + ": #define\tKERN_PROC_PATHNAME\t12\t/* path to executable */" },
        { "sizeof(struct timeval)", FreeBsdConstants.TimevalSize, 16, "sys/sys/_timeval.h: struct timeval { time_t tv_sec; suseconds_t tv_usec; } (suseconds_t is long)" },
        { "KINFO_PROC_SIZE", FreeBsdConstants.KinfoProcSize, 1088, "sys/sys/user.h @ 01ac1ea9a41606a6b27e919626653b24fac24c12: #ifdef __amd64__ #define KINFO_PROC_SIZE 1088" },
        { "ki_pid offset", FreeBsdConstants.KiPidOffset, 72, User + ": ki_structsize 0, ki_layout 4, nine pointers 8..72, pid_t ki_pid" },
        { "ki_uid offset", FreeBsdConstants.KiUidOffset, 168, User + ": ki_ppid 76 .. ki_tdev_freebsd11 100, four sigset_t 104..168, uid_t ki_uid" },
        { "ki_start offset", FreeBsdConstants.KiStartOffset, 336, User + ": ... ki_runtime 328, struct timeval ki_start" },
        { "ki_stat offset", FreeBsdConstants.KiStatOffset, 388, User + ": ki_flag 368, ki_kiflag 376, ki_traceflag 384, char ki_stat" },
        { "ki_comm offset", FreeBsdConstants.KiCommOffset, 447, User + ": ki_tdname[17] 394, ki_wmesg[9] 411, ki_login[18] 420, ki_lockname[9] 438, char ki_comm[COMMLEN + 1]" },
        { "ki_comm length", FreeBsdConstants.KiCommLength, 20, "sys/sys/param.h: #define\tCOMMLEN\t\t19\t\t/* max command name remembered */" },
        { "SZOMB", FreeBsdConstants.SZOMB, 5, Proc + ": SIDL 1, SRUN 2, SSLEEP 3, SSTOP 4, SZOMB 5, SWAIT 6, SLOCK 7" },

        // struct kinfo_lockf (kern.lockf).
        { "sizeof(struct kinfo_lockf)", FreeBsdConstants.KinfoLockfSize, 1088, User + ": int kl_structsize, kl_rw, kl_type, kl_pid, kl_sysid, kl_pad0; uint64_t kl_file_fsid, kl_file_rdev, kl_file_fileid; off_t kl_start, kl_len; char kl_path[PATH_MAX] (1024)" },
        { "kl_rw offset", FreeBsdConstants.KlRwOffset, 4, User + ": int\t\tkl_rw;" },
        { "kl_type offset", FreeBsdConstants.KlTypeOffset, 8, User + ": int\t\tkl_type;" },
        { "kl_pid offset", FreeBsdConstants.KlPidOffset, 12, User + ": int\t\tkl_pid;" },
        { "kl_file_fsid offset", FreeBsdConstants.KlFileFsidOffset, 24, User + ": uint64_t\tkl_file_fsid; (after kl_sysid 16, kl_pad0 20)" },
        { "kl_file_fileid offset", FreeBsdConstants.KlFileFileIdOffset, 40, User + ": uint64_t\tkl_file_fileid; (after kl_file_rdev 32)" },
        { "kl_path offset", FreeBsdConstants.KlPathOffset, 64, User + ": char\t\tkl_path[PATH_MAX]; (after kl_start 48, kl_len 56)" },
        { "KLOCKF_RW_WRITE", FreeBsdConstants.KLOCKF_RW_WRITE, 2, User + ": #define\tKLOCKF_RW_WRITE\t\t0x02" },
        { "KLOCKF_TYPE_FLOCK", FreeBsdConstants.KLOCKF_TYPE_FLOCK, 1, User + ": #define\tKLOCKF_TYPE_FLOCK\t0x01" },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Number_IsTheHeaders(string name, long actual, long expected, string source)
    {
        Assert.True(actual == expected, $"{name}: the code has {actual}, FreeBSD's header {expected} ({source}).");
    }

    [Fact]
    public void Libc_FileName_IsLibcSo7()
    {
        // lib/libc/Makefile: SHLIB_MAJOR= 7 since FreeBSD 7.0 (the index holds only revision
        // 0631f4a7ed3a14088018342c1ac674c2a55fb660, from FreeBSD 4, with SHLIB_MAJOR= 4: this value is not confirmed by it).
        Assert.Equal("libc.so.7", FreeBsdConstants.LibcName);
    }
}
