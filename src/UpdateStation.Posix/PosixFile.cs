namespace UpdateStation.Posix;

/// <summary>open(2) and friends with their errors as values or exceptions, never as a bare -1.</summary>
public static class PosixFile
{
    /// <summary>Opens <paramref name="path"/>; 0 and the descriptor, or the errno and null.</summary>
    public static int TryOpen(string path, int flags, UnixFileMode mode, out SafeFileDescriptor? fd)
    {
        while (true)
        {
            var raw = Interop.Libc.Open(path, flags, (int)mode);
            if (raw >= 0)
            {
                fd = new SafeFileDescriptor();
                Marshal.InitHandle(fd, raw);
                return 0;
            }

            var errno = Marshal.GetLastPInvokeError();
            if (errno != PlatformConstants.EINTR)
            {
                fd = null;
                return errno;
            }
        }
    }

    /// <summary>Writes all of <paramref name="bytes"/> to <paramref name="fd"/>; 0, or the errno of the write that failed.</summary>
    /// <remarks>
    /// EINTR is retried; EAGAIN (a descriptor that another program made non-blocking) waits in poll(2) until the
    /// descriptor can take more. The caller keeps the descriptor open for the call.
    /// </remarks>
    public static unsafe int WriteAll(int fd, ReadOnlySpan<byte> bytes)
    {
        fixed (byte* start = bytes)
        {
            var written = 0;
            while (written < bytes.Length)
            {
                var count = Interop.Libc.Write(fd, start + written, (nuint)(bytes.Length - written));
                if (count >= 0)
                {
                    written += (int)count;
                    continue;
                }

                var errno = Marshal.GetLastPInvokeError();
                if (errno == PlatformConstants.Current.EAGAIN)
                {
                    var writable = new Interop.Libc.PollDescriptor { Fd = fd, Events = Interop.Libc.POLLOUT };
                    _ = Interop.Libc.Poll(ref writable, 1, -1);
                }
                else if (errno != PlatformConstants.EINTR)
                {
                    return errno;
                }
            }
        }

        return 0;
    }

    /// <summary>Opens <paramref name="path"/>.</summary>
    /// <exception cref="PosixException">open(2) failed.</exception>
    public static SafeFileDescriptor Open(string path, int flags, UnixFileMode mode)
    {
        var errno = TryOpen(path, flags, mode, out var fd);
        return errno == 0 ? fd! : throw new PosixException("open", path, errno);
    }

    /// <summary>Sets the mode exactly, whatever the umask was when the file was created.</summary>
    public static void SetMode(SafeFileDescriptor fd, string path, UnixFileMode mode)
    {
        if (Interop.Libc.FChmod(fd, (int)mode) != 0)
        {
            throw PosixException.FromLastError("fchmod", path);
        }
    }

    /// <summary>Removes <paramref name="path"/>; false when it did not exist.</summary>
    public static bool TryDelete(string path)
    {
        if (Interop.Libc.Unlink(path) == 0)
        {
            return true;
        }

        var errno = Marshal.GetLastPInvokeError();
        return errno == PlatformConstants.ENOENT ? false : throw new PosixException("unlink", path, errno);
    }

    /// <summary>Creates the directory <paramref name="path"/> with exactly <paramref name="mode"/>; false when something is there already.</summary>
    public static bool TryCreateDirectory(string path, UnixFileMode mode)
    {
        if (Interop.Libc.Mkdir(path, (int)mode) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno == PlatformConstants.EEXIST ? false : throw new PosixException("mkdir", path, errno);
        }

        // mkdir's mode passed through the umask (under umask 0777 it would be 000): set it exactly.
        return Interop.Libc.Chmod(path, (int)mode) == 0 ? true : throw PosixException.FromLastError("chmod", path);
    }

    /// <summary>Creates <paramref name="path"/> and any missing parents, each new one with exactly <paramref name="mode"/>.</summary>
    /// <remarks>Directory.CreateDirectory leaves the modes to the umask: under umask 0777 its directories are 000.</remarks>
    /// <exception cref="PosixException">A component cannot be made.</exception>
    public static void CreateDirectories(string path, UnixFileMode mode)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(path));
        if (!string.IsNullOrEmpty(parent))
        {
            CreateDirectories(parent, mode);
        }

        if (!TryCreateDirectory(path, mode) && !Directory.Exists(path))
        {
            // Something that is not a directory (a file, a dangling link) stands where the directory goes.
            throw new PosixException("mkdir", path, PlatformConstants.EEXIST);
        }
    }
}
