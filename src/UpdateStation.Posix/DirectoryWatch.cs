namespace UpdateStation.Posix;

/// <summary>Waits for a file to be renamed into a directory (inotify, IN_MOVED_TO): how an atomic publish lands.</summary>
/// <remarks>
/// Linux only; elsewhere, or without an inotify instance to spare, <see cref="TryOpen"/> gives null and callers poll.
/// A wake-up says only that something was renamed into the directory: callers read what they wait for again.
/// </remarks>
public sealed class DirectoryWatch : IDisposable
{
    private readonly SafeFileDescriptor _fd;

    private DirectoryWatch(SafeFileDescriptor fd) => _fd = fd;

    /// <summary>Whether the watch has ended (the directory was removed or replaced): poll instead.</summary>
    public bool IsBroken { get; private set; }

    /// <summary>A watch on <paramref name="directory"/> (never through a symbolic link); null when there can be none.</summary>
    public static DirectoryWatch? TryOpen(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var descriptor = Interop.Libc.InotifyInit1(Interop.Libc.IN_NONBLOCK | Interop.Libc.IN_CLOEXEC);
        if (descriptor < 0)
        {
            return null;
        }

        var fd = new SafeFileDescriptor();
        Marshal.InitHandle(fd, descriptor);
        const uint Mask = Interop.Libc.IN_MOVED_TO | Interop.Libc.IN_ONLYDIR | Interop.Libc.IN_DONT_FOLLOW;
        if (Interop.Libc.InotifyAddWatch(fd, directory, Mask) < 0)
        {
            fd.Dispose();
            return null;
        }

        return new DirectoryWatch(fd);
    }

    /// <summary>Blocks until something is renamed into the directory (true) or <paramref name="timeout"/> passes (false).</summary>
    /// <remarks>Renames since the last wait count: one that landed between the caller's read and this wait returns at once.</remarks>
    public bool Wait(TimeSpan timeout)
    {
        var poll = new Interop.Libc.PollFd { Fd = _fd.Fd, Events = Interop.Libc.POLLIN };
        var milliseconds = (int)Math.Clamp(Math.Ceiling(timeout.TotalMilliseconds), 0, int.MaxValue);
        var ready = Interop.Libc.Poll(ref poll, 1, milliseconds);
        if (ready <= 0)
        {
            // A timeout, or EINTR: either way the caller looks again.
            return false;
        }

        Drain();
        return true;
    }

    public void Dispose() => _fd.Dispose();

    /// <summary>Reads every queued event; the watch is broken once the kernel says it dropped it (IN_IGNORED).</summary>
    private unsafe void Drain()
    {
        const int HeaderBytes = 16; // int wd; uint32 mask, cookie, len; then len bytes of name
        var buffer = stackalloc byte[4096];
        nint read;
        while ((read = Interop.Libc.Read(_fd, buffer, 4096)) > 0)
        {
            for (nint offset = 0; offset + HeaderBytes <= read; offset += HeaderBytes + (nint)(*(uint*)(buffer + offset + 12)))
            {
                var mask = *(uint*)(buffer + offset + 4);
                if ((mask & Interop.Libc.IN_IGNORED) != 0)
                {
                    IsBroken = true;
                }
            }
        }
    }
}
