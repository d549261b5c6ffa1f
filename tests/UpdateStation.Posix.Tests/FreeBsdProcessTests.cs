using System.Buffers.Binary;

namespace UpdateStation.Posix.Tests;

/// <summary>The kinfo_proc parser on a buffer built with FreeBSD's layout (no FreeBSD kernel here to ask).</summary>
public sealed class FreeBsdProcessTests
{
    [Fact]
    public void Parse_SleepingProcess_GivesPidUidStateStartAndExecutable()
    {
        // Arrange
        var info = KinfoProc(pid: 4242, uid: 1001, state: 3, seconds: 1_764_150_000, microseconds: 123_456, comm: "update-station");

        // Act
        var identity = FreeBsdProcess.Parse(info, "/usr/local/bin/update-station");

        // Assert
        Assert.NotNull(identity);
        Assert.Equal((4242, 1001u, 'S', 1_764_150_000_123_456UL, "/usr/local/bin/update-station"),
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
        var identity = FreeBsdProcess.Parse(info, null);

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
        var identity = FreeBsdProcess.Parse(info, null);

        // Assert
        Assert.Null(identity);
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
