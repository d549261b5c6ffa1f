using System.Text;

namespace UpdateStation.Posix;

/// <summary>A file opened for appending (O_APPEND, never through a symbolic link), created with an explicit mode.</summary>
/// <remarks>Every write lands at the end, whoever else appends: our lines and a child's output interleave, never overwrite.</remarks>
public sealed class AppendOnlyFile : IDisposable
{
    private AppendOnlyFile(SafeFileDescriptor descriptor, string path)
    {
        Descriptor = descriptor;
        Path = path;
    }

    public string Path { get; }

    /// <summary>The open descriptor (close-on-exec; <see cref="DetachedProcess"/> duplicates it for a child).</summary>
    public SafeFileDescriptor Descriptor { get; }

    /// <summary>Opens <paramref name="path"/> for appending, creating it; its mode is set to <paramref name="mode"/> whatever the umask.</summary>
    /// <exception cref="PosixException">It cannot be opened (e.g. EACCES, ELOOP for a symbolic link) or its mode set.</exception>
    public static AppendOnlyFile Open(string path, UnixFileMode mode)
    {
        var c = PlatformConstants.Current;
        var flags = SpawnConstants.Current.O_WRONLY | SpawnConstants.Current.O_APPEND | c.O_CREAT | c.O_CLOEXEC | c.O_NOFOLLOW;
        var fd = PosixFile.Open(path, flags, mode);
        try
        {
            PosixFile.SetMode(fd, path, mode);
        }
        catch
        {
            fd.Dispose();
            throw;
        }

        return new AppendOnlyFile(fd, path);
    }

    /// <summary>Appends <paramref name="text"/> as UTF-8 in as few write(2) calls as the kernel allows.</summary>
    /// <exception cref="PosixException">The write failed (e.g. ENOSPC).</exception>
    public void Append(string text)
    {
        var errno = PosixFile.WriteAll(Descriptor.Fd, Encoding.UTF8.GetBytes(text));
        if (errno != 0)
        {
            throw new PosixException("write", Path, errno);
        }
    }

    public void Dispose() => Descriptor.Dispose();
}
