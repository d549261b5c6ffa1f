namespace UpdateStation.Posix;

/// <summary>Inode, owner and permission bits of a path, read with lstat(2) (links are not followed).</summary>
public readonly record struct FileStatus(ulong Inode, uint OwnerId, UnixFileMode Mode, bool IsDirectory, bool IsSymbolicLink)
{
    private const int S_IFMT = 0xF000;
    private const int S_IFDIR = 0x4000;
    private const int S_IFLNK = 0xA000;

    /// <summary>Reads the path's owner and mode; null when it does not exist.</summary>
    public static unsafe FileStatus? Read(string path)
    {
        var c = PlatformConstants.Current;
        byte* buffer = stackalloc byte[512];
        if (Interop.Libc.LStat(path, buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno == PlatformConstants.ENOENT ? null : throw new PosixException("lstat", path, errno);
        }

        int mode = c.StatModeSize == 2 ? *(ushort*)(buffer + c.StatModeOffset) : *(int*)(buffer + c.StatModeOffset);
        uint owner = *(uint*)(buffer + c.StatUidOffset);
        ulong inode = *(ulong*)(buffer + c.StatInodeOffset);
        return new FileStatus(inode, owner, (UnixFileMode)(mode & 0xFFF), (mode & S_IFMT) == S_IFDIR, (mode & S_IFMT) == S_IFLNK);
    }
}
