namespace UpdateStation.Posix;

/// <summary>Inode, owner, permission bits, type, size and device of a file, read with lstat(2) (links are not followed) or fstat(2).</summary>
public readonly record struct FileStatus(
    ulong Inode,
    uint OwnerId,
    UnixFileMode Mode,
    bool IsDirectory,
    bool IsSymbolicLink,
    bool IsRegularFile = false,
    long Size = 0,
    ulong Device = 0)
{
    /// <summary>st_dev, a 64-bit dev_t first in struct stat on every layout we read (glibc x86-64 and arm64, FreeBSD 12+).</summary>
    internal const int DeviceOffset = 0;

    private const int S_IFMT = 0xF000;
    private const int S_IFREG = 0x8000;
    private const int S_IFDIR = 0x4000;
    private const int S_IFLNK = 0xA000;

    /// <summary>Reads the path's owner and mode; null when it does not exist.</summary>
    public static unsafe FileStatus? Read(string path)
    {
        byte* buffer = stackalloc byte[512];
        if (Interop.Libc.LStat(path, buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno == PlatformConstants.ENOENT ? null : throw new PosixException("lstat", path, errno);
        }

        return Decode(buffer);
    }

    /// <summary>The status of an open file: what the descriptor names, whatever the path names by now.</summary>
    public static unsafe FileStatus Of(SafeFileDescriptor fd, string path)
    {
        byte* buffer = stackalloc byte[512];
        return Interop.Libc.FStat(fd, buffer) == 0 ? Decode(buffer) : throw PosixException.FromLastError("fstat", path);
    }

    private static unsafe FileStatus Decode(byte* buffer)
    {
        var c = PlatformConstants.Current;
        int mode = c.StatModeSize == 2 ? *(ushort*)(buffer + c.StatModeOffset) : *(int*)(buffer + c.StatModeOffset);
        uint owner = *(uint*)(buffer + c.StatUidOffset);
        ulong inode = *(ulong*)(buffer + c.StatInodeOffset);
        long size = *(long*)(buffer + c.StatSizeOffset);
        ulong device = *(ulong*)(buffer + DeviceOffset);
        var type = mode & S_IFMT;
        return new FileStatus(inode, owner, (UnixFileMode)(mode & 0xFFF), type == S_IFDIR, type == S_IFLNK, type == S_IFREG, size, device);
    }
}
