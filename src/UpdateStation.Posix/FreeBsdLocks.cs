using System.Buffers.Binary;

namespace UpdateStation.Posix;

/// <summary>One advisory lock as FreeBSD's `kern.lockf` sysctl lists it (struct kinfo_lockf, sys/sys/user.h).</summary>
/// <param name="Write">KLOCKF_RW_WRITE (an exclusive lock), else a shared one.</param>
/// <param name="Type">KLOCKF_TYPE_FLOCK (flock(2)), KLOCKF_TYPE_PID (fcntl(2)) or KLOCKF_TYPE_REMOTE (NFS).</param>
/// <param name="Pid">The holder for fcntl locks; -1 for flock locks, which belong to an open file, not a process
/// (sys/kern/kern_lockf.c, lf_advlockasync: "else if (flags &amp; F_FLOCK) { lo->lo_pid = -1;").</param>
/// <param name="FileSystemId">kl_file_fsid: the file system's id, what stat(2) gives as st_dev.</param>
/// <param name="FileId">kl_file_fileid: the inode.</param>
public readonly record struct FreeBsdLock(bool Write, int Type, int Pid, ulong FileSystemId, ulong FileId);

/// <summary>
/// Who holds which lock, without taking one: FreeBSD's `kern.lockf` sysctl (FreeBSD 13.1 and later), the counterpart of
/// Linux's /proc/locks. A flock's record carries no pid (see <see cref="FreeBsdLock.Pid"/>), so it says that an
/// exclusive flock is held on a file, not by whom.
/// </summary>
/// <remarks>Not run here: no FreeBSD kernel; <see cref="Parse"/> is tested on buffers laid out as sys/sys/user.h says.</remarks>
public static class FreeBsdLocks
{
    /// <summary>Every lock the kernel lists; null when the sysctl is missing (before 13.1) or refuses.</summary>
    [SupportedOSPlatform("freebsd")]
    public static unsafe IReadOnlyList<FreeBsdLock>? Read()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            nuint length = 0;
            if (Interop.Libc.SysctlByName(FreeBsdConstants.KernLockf, null, &length, null, 0) != 0)
            {
                return null;
            }

            // Room for locks taken between the two calls; ENOMEM when even that was not enough: ask again.
            var buffer = new byte[(int)length + 16 * FreeBsdConstants.KinfoLockfSize];
            length = (nuint)buffer.Length;
            fixed (byte* records = buffer)
            {
                if (Interop.Libc.SysctlByName(FreeBsdConstants.KernLockf, records, &length, null, 0) == 0)
                {
                    return Parse(buffer.AsSpan(0, (int)length));
                }
            }
        }

        return null;
    }

    /// <summary>The records of a `kern.lockf` answer: each says its own size (kl_structsize); a record shorter than its fixed part ends the list.</summary>
    public static IReadOnlyList<FreeBsdLock> Parse(ReadOnlySpan<byte> records)
    {
        List<FreeBsdLock> locks = [];
        while (records.Length >= FreeBsdConstants.KlPathOffset)
        {
            var size = BinaryPrimitives.ReadInt32LittleEndian(records[FreeBsdConstants.KlStructSizeOffset..]);
            if (size < FreeBsdConstants.KlPathOffset || size > records.Length)
            {
                break;
            }

            locks.Add(new FreeBsdLock(
                BinaryPrimitives.ReadInt32LittleEndian(records[FreeBsdConstants.KlRwOffset..]) == FreeBsdConstants.KLOCKF_RW_WRITE,
                BinaryPrimitives.ReadInt32LittleEndian(records[FreeBsdConstants.KlTypeOffset..]),
                BinaryPrimitives.ReadInt32LittleEndian(records[FreeBsdConstants.KlPidOffset..]),
                BinaryPrimitives.ReadUInt64LittleEndian(records[FreeBsdConstants.KlFileFsidOffset..]),
                BinaryPrimitives.ReadUInt64LittleEndian(records[FreeBsdConstants.KlFileFileIdOffset..])));
            records = records[size..];
        }

        return locks;
    }

    /// <summary>Whether <paramref name="locks"/> hold an exclusive lock on the file of <paramref name="file"/>: flock only, or any kind.</summary>
    public static bool HoldsWrite(IEnumerable<FreeBsdLock> locks, FileStatus file, bool flockOnly) =>
        locks.Any(l => l.Write && l.FileId == file.Inode && l.FileSystemId == file.Device
            && (!flockOnly || l.Type == FreeBsdConstants.KLOCKF_TYPE_FLOCK));
}
