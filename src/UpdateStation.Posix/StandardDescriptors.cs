namespace UpdateStation.Posix;

/// <summary>Standard input, output and error (descriptors 0, 1 and 2) as this process found them.</summary>
public static class StandardDescriptors
{
    public const int Output = 1;
    public const int Error = 2;

    private const string NullDevice = "/dev/null";

    /// <summary>Opens /dev/null on each of descriptors 0, 1 and 2 that is closed; call it before anything else opens a file.</summary>
    /// <remarks>
    /// A program started with a standard descriptor closed (<c>2&gt;&amp;-</c>, a careless service manager) would
    /// otherwise see the next file it opens take that number: the runtime's signal pipe landed on 1, our output was
    /// written into it, and the process died of a signal it read from there. open(2) returns the lowest free number,
    /// so, going up from 0, each open lands exactly on the descriptor found closed.
    /// </remarks>
    public static void EnsureOpen()
    {
        for (var fd = 0; fd <= 2; fd++)
        {
            if (Interop.Libc.Fcntl(fd, Interop.Libc.F_GETFD) != -1 || Marshal.GetLastPInvokeError() != PlatformConstants.EBADF)
            {
                continue;
            }

            var opened = Interop.Libc.OpenDescriptor(NullDevice, PlatformConstants.Current.O_RDWR, 0);
            if (opened >= 0 && opened != fd)
            {
                // Not the number we meant to fill (something else raced us to it): do not hold on to it.
                Interop.Libc.Close(opened);
            }
        }
    }

    /// <summary>Writes all of <paramref name="bytes"/> to standard output or error (<see cref="Output"/>, <see cref="Error"/>); 0, or the errno.</summary>
    /// <remarks>
    /// write(2) itself, not the runtime's console stream: that one sets up the terminal at its first write (a pipe, a
    /// signal-handling thread, handlers for SIGCONT, SIGCHLD and SIGWINCH, the terminal's modes), work that `status` or
    /// `check-now` does not need to print a line. EPIPE comes back as an errno: the runtime ignores SIGPIPE, so a closed
    /// pipe is not fatal.
    /// </remarks>
    public static int Write(int fd, ReadOnlySpan<byte> bytes) => PosixFile.WriteAll(fd, bytes);
}
