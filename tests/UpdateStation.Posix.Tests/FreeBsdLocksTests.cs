using System.Buffers.Binary;

namespace UpdateStation.Posix.Tests;

/// <summary>kern.lockf's records parsed from buffers laid out as sys/sys/user.h says (no FreeBSD kernel here to ask).</summary>
public sealed class FreeBsdLocksTests
{
    private static readonly FileStatus s_lockFile = new(Inode: 5678, OwnerId: 1001, Mode: UnixFileMode.UserRead | UnixFileMode.UserWrite,
        IsDirectory: false, IsSymbolicLink: false, IsRegularFile: true, Device: 0x1f00ff01);

    [Fact]
    public void Parse_FullSizeRecords_GivesEachLock()
    {
        // Arrange: a shared fcntl lock of pid 77 on another file, then an exclusive flock on ours (a flock has no pid).
        var buffer = Concat(
            Record(FreeBsdConstants.KinfoLockfSize, rw: FreeBsdConstants.KLOCKF_RW_READ, type: FreeBsdConstants.KLOCKF_TYPE_PID, pid: 77, fsid: 0x1f00ff01, fileId: 1234, path: "/var/db/pkg/local.sqlite"),
            Record(FreeBsdConstants.KinfoLockfSize, rw: FreeBsdConstants.KLOCKF_RW_WRITE, type: FreeBsdConstants.KLOCKF_TYPE_FLOCK, pid: -1, fsid: 0x1f00ff01, fileId: 5678, path: "/var/run/user/1001/update-station/instance.lock"));

        // Act
        var locks = FreeBsdLocks.Parse(buffer);

        // Assert
        Assert.Equal(
            [new FreeBsdLock(false, FreeBsdConstants.KLOCKF_TYPE_PID, 77, 0x1f00ff01, 1234), new FreeBsdLock(true, FreeBsdConstants.KLOCKF_TYPE_FLOCK, -1, 0x1f00ff01, 5678)],
            locks);
        Assert.True(FreeBsdLocks.HoldsWrite(locks, s_lockFile, flockOnly: true));
    }

    [Fact]
    public void Parse_PackedRecords_FollowsEachRecordsOwnSize()
    {
        // Arrange: records cut after their path, as a kernel may pack them (kl_structsize: "Variable size of record").
        var buffer = Concat(
            Record(72, rw: FreeBsdConstants.KLOCKF_RW_WRITE, type: FreeBsdConstants.KLOCKF_TYPE_PID, pid: 12, fsid: 1, fileId: 2, path: "/a"),
            Record(80, rw: FreeBsdConstants.KLOCKF_RW_WRITE, type: FreeBsdConstants.KLOCKF_TYPE_FLOCK, pid: -1, fsid: 0x1f00ff01, fileId: 5678, path: "/b"));

        // Act
        var locks = FreeBsdLocks.Parse(buffer);

        // Assert
        Assert.Equal([2UL, 5678UL], locks.Select(l => l.FileId));
    }

    [Fact]
    public void Parse_TruncatedRecord_EndsTheList()
    {
        // Arrange: a record claiming more than the buffer holds.
        var buffer = Record(FreeBsdConstants.KinfoLockfSize, rw: FreeBsdConstants.KLOCKF_RW_WRITE, type: FreeBsdConstants.KLOCKF_TYPE_FLOCK, pid: -1, fsid: 1, fileId: 2, path: "/x")[..100];

        // Act, Assert
        Assert.Empty(FreeBsdLocks.Parse(buffer));
    }

    [Theory]
    [InlineData(FreeBsdConstants.KLOCKF_RW_READ, FreeBsdConstants.KLOCKF_TYPE_FLOCK, 0x1f00ff01UL, 5678UL, true, false)] // a status probe: shared
    [InlineData(FreeBsdConstants.KLOCKF_RW_WRITE, FreeBsdConstants.KLOCKF_TYPE_FLOCK, 0x1f00ff02UL, 5678UL, true, false)] // same inode, other file system
    [InlineData(FreeBsdConstants.KLOCKF_RW_WRITE, FreeBsdConstants.KLOCKF_TYPE_PID, 0x1f00ff01UL, 5678UL, true, false)] // fcntl, not flock
    [InlineData(FreeBsdConstants.KLOCKF_RW_WRITE, FreeBsdConstants.KLOCKF_TYPE_PID, 0x1f00ff01UL, 5678UL, false, true)] // fcntl counts for a write lock (pkg's sqlite)
    [InlineData(FreeBsdConstants.KLOCKF_RW_WRITE, FreeBsdConstants.KLOCKF_TYPE_FLOCK, 0x1f00ff01UL, 5678UL, true, true)]
    public void HoldsWrite_MatchesKindFileSystemAndInode(int rw, int type, ulong fsid, ulong fileId, bool flockOnly, bool expected)
    {
        // Arrange
        var locks = FreeBsdLocks.Parse(Record(FreeBsdConstants.KinfoLockfSize, rw, type, pid: -1, fsid, fileId, path: "/l"));

        // Act, Assert
        Assert.Equal(expected, FreeBsdLocks.HoldsWrite(locks, s_lockFile, flockOnly));
    }

    /// <summary>
    /// struct kinfo_lockf (sys/sys/user.h): int kl_structsize 0, kl_rw 4, kl_type 8, kl_pid 12, kl_sysid 16, kl_pad0 20;
    /// uint64_t kl_file_fsid 24, kl_file_rdev 32, kl_file_fileid 40; off_t kl_start 48, kl_len 56; char kl_path[PATH_MAX] 64.
    /// </summary>
    private static byte[] Record(int size, int rw, int type, int pid, ulong fsid, ulong fileId, string path)
    {
        var record = new byte[size];
        BinaryPrimitives.WriteInt32LittleEndian(record, size);
        BinaryPrimitives.WriteInt32LittleEndian(record.AsSpan(4), rw);
        BinaryPrimitives.WriteInt32LittleEndian(record.AsSpan(8), type);
        BinaryPrimitives.WriteInt32LittleEndian(record.AsSpan(12), pid);
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(24), fsid);
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(32), 0xdead); // kl_file_rdev: not ours to read
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(40), fileId);
        System.Text.Encoding.UTF8.GetBytes(path).CopyTo(record.AsSpan(64));
        return record;
    }

    private static byte[] Concat(params byte[][] records) => [.. records.SelectMany(r => r)];
}
