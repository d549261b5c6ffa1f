namespace UpdateStation.Posix;

/// <summary>An exclusive flock(2) on a file, held until disposed (or until the process dies, when the kernel drops it).</summary>
/// <remarks>
/// We call flock ourselves: FileStream's FileShare.None ignores every lock error but EWOULDBLOCK and can be
/// turned off by DOTNET_SYSTEM_IO_DISABLEFILELOCKING, and here the lock is the whole point.
/// </remarks>
public sealed class FileLock : IDisposable
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly SafeFileDescriptor _fd;

    private FileLock(SafeFileDescriptor fd, ulong inode)
    {
        _fd = fd;
        Inode = inode;
    }

    /// <summary>The inode of the locked file, as the held descriptor names it.</summary>
    public ulong Inode { get; }

    /// <summary>Takes the lock, or returns null when another open file description holds it.</summary>
    /// <exception cref="PosixException">The file cannot be opened (a link, a directory, no permission) or flock fails for another reason.</exception>
    /// <exception cref="UnexpectedFileTypeException">Something other than a regular file (a FIFO) is at the path.</exception>
    public static FileLock? TryAcquire(string path)
    {
        var fd = OpenLockFile(path);
        try
        {
            var status = FileStatus.Of(fd, path);
            if (!status.IsRegularFile)
            {
                throw new UnexpectedFileTypeException(path);
            }

            if (!TryFlock(fd, Interop.Libc.LockOperations.LOCK_EX, path))
            {
                fd.Dispose();
                return null;
            }

            // The umask applied to open's mode (under umask 0777 the file would be 000): set it exactly.
            PosixFile.SetMode(fd, path, OwnerReadWrite);
            return new FileLock(fd, status.Inode);
        }
        catch
        {
            fd.Dispose();
            throw;
        }
    }

    /// <summary>Whether some process holds the lock now. A probe takes a shared lock for an instant.</summary>
    public static bool IsHeld(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var fd = OpenLockFile(path);
        return !TryFlock(fd, Interop.Libc.LockOperations.LOCK_SH, path);
    }

    /// <summary>Whether <paramref name="path"/> still names the file this lock is on (not deleted, not replaced).</summary>
    public bool IsStillAt(string path)
    {
        try
        {
            return FileStatus.Read(path) is { IsRegularFile: true } status && status.Inode == Inode;
        }
        catch (PosixException)
        {
            return false;
        }
    }

    public void Dispose() => _fd.Dispose();

    private static SafeFileDescriptor OpenLockFile(string path)
    {
        // O_NONBLOCK: a FIFO planted at the path must not block the open.
        var c = PlatformConstants.Current;
        return PosixFile.Open(path, c.O_RDWR | c.O_CREAT | c.O_CLOEXEC | c.O_NOFOLLOW | c.O_NONBLOCK, OwnerReadWrite);
    }

    internal static bool TryFlock(SafeFileDescriptor fd, Interop.Libc.LockOperations operation, string path)
    {
        while (true)
        {
            if (Interop.Libc.Flock(fd, operation | Interop.Libc.LockOperations.LOCK_NB) == 0)
            {
                return true;
            }

            var errno = Marshal.GetLastPInvokeError();
            if (errno == PlatformConstants.Current.EAGAIN)
            {
                return false;
            }

            if (errno != PlatformConstants.EINTR)
            {
                throw new PosixException("flock", path, errno);
            }
        }
    }
}
