namespace UpdateStation.Posix.Tests;

/// <summary>
/// FreeBSD 14 amd64 numbers, pinned with the values of FreeBSD's own headers (freebsd/freebsd-src, read through the
/// project's look-up index; this machine has no FreeBSD headers and no FreeBSD kernel to ask).
/// </summary>
public sealed class FreeBsdConstantsTests
{
    [Fact]
    public void Sysctl_ProcessNames_MatchSysSysctlH()
    {
        // sys/sys/sysctl.h @ eb9303a38cac7f4ffa37f12d8b140c7c2e35ff04: "#define CTL_KERN 1", "#define KERN_PROC 14",
        // "#define KERN_PROC_PID 1", "#define KERN_PROC_PATHNAME 12" (stable ABI: the numbers never moved since).
        Assert.Equal(
            (1, 14, 1, 12),
            (FreeBsdConstants.CTL_KERN, FreeBsdConstants.KERN_PROC, FreeBsdConstants.KERN_PROC_PID, FreeBsdConstants.KERN_PROC_PATHNAME));
    }

    [Fact]
    public void KinfoProc_Offsets_FollowSysSysUserH()
    {
        // sys/sys/user.h @ 29363fb446372cb3f10bc98664e9767c53fbb457 (struct kinfo_proc with ki_tdev_freebsd11, ki_pd),
        // laid out for amd64 (8-byte pointers, long and segsz_t; 4-byte pid_t, uid_t, gid_t; 16-byte sigset_t):
        // ki_structsize 0, ki_layout 4, nine pointers 8..72, ki_pid 72, ki_ppid 76, ki_pgid 80, ki_tpgid 84, ki_sid 88,
        // ki_tsid 92, ki_jobc 96, ki_spare_short1 98, ki_tdev_freebsd11 100, four sigset_t 104..168, ki_uid 168,
        // ki_ruid 172, ki_svuid 176, ki_rgid 180, ki_svgid 184, ki_ngroups 188, ki_spare_short2 190, ki_groups[16] 192..256,
        // ki_size and five segsz_t 256..304, ki_xstat 304, ki_acflag 306, ki_pctcpu 308, ki_estcpu 312, ki_slptime 316,
        // ki_swtime 320, ki_cow 324, ki_runtime 328, ki_start 336, ki_childtime 352, ki_flag 368, ki_kiflag 376,
        // ki_traceflag 384, ki_stat 388, ki_nice 389, ki_lock 390, ki_rqindex 391, ki_oncpu_old 392, ki_lastcpu_old 393,
        // ki_tdname[17] 394, ki_wmesg[9] 411, ki_login[18] 420, ki_lockname[9] 438, ki_comm[20] 447.
        Assert.Equal(
            (72, 168, 336, 388, 447, 20),
            (FreeBsdConstants.KiPidOffset, FreeBsdConstants.KiUidOffset, FreeBsdConstants.KiStartOffset,
             FreeBsdConstants.KiStatOffset, FreeBsdConstants.KiCommOffset, FreeBsdConstants.KiCommLength));
    }

    [Fact]
    public void KinfoProc_Size_IsAmd64s()
    {
        // KINFO_PROC_SIZE is 1088 on amd64 (sys/sys/user.h @ 01ac1ea9a41606a6b27e919626653b24fac24c12: "#ifdef __amd64__
        // #define KINFO_PROC_SIZE 1088"; later revisions moved it to the machine headers without changing it: the size is ABI).
        Assert.Equal(1088, FreeBsdConstants.KinfoProcSize);
    }

    [Fact]
    public void ProcessState_Zombie_MatchesSysProcH()
    {
        // sys/sys/proc.h @ 6db7e75d77aa6569b06529cd88ce3138a199a961, p_state codes: SIDL 1, SRUN 2, SSLEEP 3, SSTOP 4,
        // SZOMB 5, SWAIT 6, SLOCK 7.
        Assert.Equal(5, FreeBsdConstants.SZOMB);
    }

    [Fact]
    public void Libc_FileName_IsLibcSo7()
    {
        // lib/libc/Makefile: SHLIB_MAJOR= 7 since FreeBSD 7.0 (the index holds only revision
        // 0631f4a7ed3a14088018342c1ac674c2a55fb660, from FreeBSD 4, with SHLIB_MAJOR= 4: this value is not confirmed by it).
        Assert.Equal("libc.so.7", FreeBsdConstants.LibcName);
    }

    [Fact]
    public void FreeBsd_SignalsErrnoAndOpenFlags_MatchTheHeaders()
    {
        // sys/sys/signal.h: SIGTERM 15, SIGKILL 9, SIGSTOP 17, SIGCONT 19, SIGUSR1 30; sys/sys/errno.h: EAGAIN 35,
        // ENOSYS 78; sys/sys/fcntl.h: O_RDWR 0x0002, O_CREAT 0x0200, O_NOFOLLOW 0x0100, O_CLOEXEC 0x00100000;
        // sys/sys/stat.h (FreeBSD 12+, ino64): st_dev 0, st_ino 8, st_nlink 16, st_mode 24 (mode_t, 2 bytes), st_padding0 26,
        // st_uid 28.
        var freeBsd = PlatformConstants.FreeBsdX64;
        Assert.Equal((15, 9, 17, 19, 30), (freeBsd.SIGTERM, freeBsd.SIGKILL, freeBsd.SIGSTOP, freeBsd.SIGCONT, freeBsd.SIGUSR1));
        Assert.Equal((35, 78), (freeBsd.EAGAIN, freeBsd.ENOSYS));
        Assert.Equal((2, 0x200, 0x100, 0x100000), (freeBsd.O_RDWR, freeBsd.O_CREAT, freeBsd.O_NOFOLLOW, freeBsd.O_CLOEXEC));
        Assert.Equal((8, 24, 2, 28), (freeBsd.StatInodeOffset, freeBsd.StatModeOffset, freeBsd.StatModeSize, freeBsd.StatUidOffset));
    }
}
