namespace UpdateStation.Posix;

/// <summary>A file read from its end onwards as others append to it; opened without a lock (FileStream would take a shared flock).</summary>
public sealed class FollowedFile : IDisposable
{
    private readonly SafeFileDescriptor _fd;
    private readonly string _path;

    private FollowedFile(SafeFileDescriptor fd, string path)
    {
        _fd = fd;
        _path = path;
    }

    /// <summary>Opens <paramref name="path"/> read-only (never through a symbolic link), positioned at its current end.</summary>
    /// <exception cref="PosixException">It cannot be opened.</exception>
    public static FollowedFile OpenAtEnd(string path)
    {
        var c = PlatformConstants.Current;
        var fd = PosixFile.Open(path, SpawnConstants.Current.O_RDONLY | c.O_CLOEXEC | c.O_NOFOLLOW, 0);
        if (Interop.Libc.Lseek(fd, 0, Interop.Libc.SEEK_END) < 0)
        {
            var error = PosixException.FromLastError("lseek", path);
            fd.Dispose();
            throw error;
        }

        return new FollowedFile(fd, path);
    }

    /// <summary>Reads what was appended since the last read into <paramref name="buffer"/>; 0 when nothing new.</summary>
    /// <exception cref="PosixException">read failed.</exception>
    public unsafe int Read(Span<byte> buffer)
    {
        fixed (byte* start = buffer)
        {
            while (true)
            {
                var result = Interop.Libc.Read(_fd, start, (nuint)buffer.Length);
                if (result >= 0)
                {
                    return (int)result;
                }

                var errno = Marshal.GetLastPInvokeError();
                if (errno != PlatformConstants.EINTR)
                {
                    throw new PosixException("read", _path, errno);
                }
            }
        }
    }

    public void Dispose() => _fd.Dispose();
}
