namespace UpdateStation.Posix;

/// <summary>An exclusive flock(2) on a file, held until disposed (or until the process dies, when the kernel drops it).</summary>
/// <remarks>
/// We call flock ourselves: FileStream's FileShare.None ignores every lock error but EWOULDBLOCK and can be
/// turned off by DOTNET_SYSTEM_IO_DISABLEFILELOCKING, and here the lock is the whole point.
/// </remarks>
public sealed class FileLock : IDisposable
{
    private readonly SafeFileDescriptor _fd;

    private FileLock(SafeFileDescriptor fd) => _fd = fd;

    /// <summary>Takes the lock, or returns null when another open file description holds it.</summary>
    /// <exception cref="PosixException">The file cannot be opened or flock fails for another reason.</exception>
    public static FileLock? TryAcquire(string path)
    {
        var fd = OpenLockFile(path);
        if (TryFlock(fd, Interop.Libc.LockOperations.LOCK_EX, path))
        {
            return new FileLock(fd);
        }

        fd.Dispose();
        return null;
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

    public void Dispose() => _fd.Dispose();

    private static SafeFileDescriptor OpenLockFile(string path)
    {
        var c = PlatformConstants.Current;
        var fd = Interop.Libc.Open(path, c.O_RDWR | c.O_CREAT | c.O_CLOEXEC | c.O_NOFOLLOW, 0b110_000_000);
        if (fd.IsInvalid)
        {
            var error = PosixException.FromLastError("open", path);
            fd.Dispose();
            throw error;
        }

        return fd;
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
