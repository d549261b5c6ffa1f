using System.Buffers.Binary;

namespace UpdateStation.Posix.Tests;

/// <summary>The kinfo_proc parser on a buffer built with FreeBSD's layout (no FreeBSD kernel here to ask).</summary>
public sealed class FreeBsdProcessTests
{
    private const long BootTime = 1_764_000_000_000_000; // kern.boottime, µs since the epoch.

    [Fact]
    public void Parse_SleepingProcess_GivesPidUidStateStartSinceBootAndExecutable()
    {
        // Arrange: started 150,000.123456 s after boot.
        var info = KinfoProc(pid: 4242, uid: 1001, state: 3, seconds: 1_764_150_000, microseconds: 123_456, comm: "update-station");

        // Act
        var identity = FreeBsdProcess.Parse(info, BootTime, "/usr/local/bin/update-station");

        // Assert
        Assert.NotNull(identity);
        Assert.Equal((4242, 1001u, 'S', 150_000_123_456UL, "/usr/local/bin/update-station"),
            (identity.Pid, identity.UserId, identity.State, identity.StartTime, identity.Executable));
        Assert.False(identity.IsZombie);
        Assert.Equal("update-station", FreeBsdProcess.Command(info));
    }

    [Fact]
    public void Parse_Zombie_IsAZombie()
    {
        // Arrange
        var info = KinfoProc(pid: 7, uid: 0, state: FreeBsdConstants.SZOMB, seconds: 1, microseconds: 0, comm: "sh");

        // Act
        var identity = FreeBsdProcess.Parse(info, BootTime, null);

        // Assert
        Assert.True(identity!.IsZombie);
    }

    [Fact]
    public void Parse_AnotherLayoutSize_IsNotTrusted()
    {
        // Arrange: a kernel whose ki_structsize is not amd64's 1088.
        var info = KinfoProc(pid: 7, uid: 0, state: 2, seconds: 1, microseconds: 0, comm: "sh");
        BinaryPrimitives.WriteInt32LittleEndian(info, 768);

        // Act
        var identity = FreeBsdProcess.Parse(info, BootTime, null);

        // Assert
        Assert.Null(identity);
    }

    [Theory]
    [InlineData(3_600_000_000L)] // ntpd steps the clock an hour forward
    [InlineData(-2_500_000L)] // or 2.5 s back
    [InlineData(86_400_000_001L)] // a resume from suspend re-reads the real-time clock a day later
    public void Parse_AfterAClockStep_GivesTheStartTimeThatWasPublished(long step)
    {
        // Arrange: the kernel adds its boot-time estimate to ki_start (sys/kern/kern_proc.c: "kp->ki_start =
        // p->p_stats->p_start; getboottime(&boottime); timevaladd(&kp->ki_start, &boottime);"), and tc_setclock moves
        // that estimate by the step (sys/kern/kern_tc.c). The same process, read before and after the step:
        var bootBefore = BootTime;
        var bootAfter = BootTime + step;
        var started = 1_764_150_000_123_456L; // ki_start before the step, µs since the epoch
        var before = KinfoProc(pid: 4242, uid: 1001, state: 3, seconds: started / 1_000_000, microseconds: started % 1_000_000, comm: "update-station");
        var after = KinfoProc(pid: 4242, uid: 1001, state: 3, seconds: (started + step) / 1_000_000, microseconds: (started + step) % 1_000_000, comm: "update-station");
        var published = FreeBsdProcess.Parse(before, bootBefore, "/usr/local/bin/update-station")!.StartTime;

        // Act
        var now = FreeBsdProcess.Parse(after, bootAfter, "/usr/local/bin/update-station")!.StartTime;

        // Assert: the comparison InstanceLocator.IsGenuine makes still holds.
        Assert.Equal(published, now);
    }

    [Fact]
    public void Microseconds_OfAmd64Timeval_IsSecondsAndMicroseconds()
    {
        // Arrange: struct timeval { time_t tv_sec; suseconds_t tv_usec; }, 8 bytes each on amd64 (sys/sys/_timeval.h).
        var timeval = new byte[FreeBsdConstants.TimevalSize];
        BinaryPrimitives.WriteInt64LittleEndian(timeval, 1_764_000_000);
        BinaryPrimitives.WriteInt64LittleEndian(timeval.AsSpan(8), 250_000);

        // Act, Assert
        Assert.Equal(1_764_000_000_250_000L, FreeBsdProcess.Microseconds(timeval));
    }

    private static byte[] KinfoProc(int pid, uint uid, byte state, long seconds, long microseconds, string comm)
    {
        var info = new byte[FreeBsdConstants.KinfoProcSize];
        BinaryPrimitives.WriteInt32LittleEndian(info, FreeBsdConstants.KinfoProcSize);
        BinaryPrimitives.WriteInt32LittleEndian(info.AsSpan(FreeBsdConstants.KiPidOffset), pid);
        BinaryPrimitives.WriteUInt32LittleEndian(info.AsSpan(FreeBsdConstants.KiUidOffset), uid);
        BinaryPrimitives.WriteUInt32LittleEndian(info.AsSpan(FreeBsdConstants.KiUidOffset + 4), 65534); // ki_ruid: not ours to read
        BinaryPrimitives.WriteInt64LittleEndian(info.AsSpan(FreeBsdConstants.KiStartOffset), seconds);
        BinaryPrimitives.WriteInt64LittleEndian(info.AsSpan(FreeBsdConstants.KiStartOffset + 8), microseconds);
        info[FreeBsdConstants.KiStatOffset] = state;
        System.Text.Encoding.UTF8.GetBytes(comm).CopyTo(info.AsSpan(FreeBsdConstants.KiCommOffset));
        return info;
    }
}
