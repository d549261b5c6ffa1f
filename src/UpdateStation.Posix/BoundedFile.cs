namespace UpdateStation.Posix;

/// <summary>Reads a small regular file that someone else may have replaced with anything (a FIFO, a link, a huge file).</summary>
public static class BoundedFile
{
    /// <summary>The content of <paramref name="path"/> when it is a regular file of at most <paramref name="maxBytes"/>; else null.</summary>
    /// <param name="problem">Why there is no content, in words; null when the file simply does not exist.</param>
    /// <param name="followLinks">Whether a symbolic link is followed (a user's own settings may be one); by default it is refused.</param>
    /// <remarks>
    /// O_NONBLOCK: opening a FIFO never waits for a writer. O_NOFOLLOW (unless <paramref name="followLinks"/>): a link
    /// is refused, not followed. The type and size come from the open descriptor (fstat), so the file checked is the
    /// file read.
    /// </remarks>
    public static unsafe byte[]? TryRead(string path, int maxBytes, out string? problem, bool followLinks = false)
    {
        var c = PlatformConstants.Current;
        var flags = PlatformConstants.O_RDONLY | c.O_NONBLOCK | c.O_CLOEXEC | (followLinks ? 0 : c.O_NOFOLLOW);
        var errno = PosixFile.TryOpen(path, flags, 0, out var fd);
        if (errno != 0)
        {
            problem = errno == PlatformConstants.ENOENT ? null : ErrnoText.Describe(errno);
            return null;
        }

        using (fd)
        {
            var status = FileStatus.Of(fd!, path);
            if (!status.IsRegularFile)
            {
                problem = status.IsDirectory ? "it is a directory" : "it is not a regular file";
                return null;
            }

            if (status.Size > maxBytes)
            {
                problem = $"it is larger than {maxBytes} bytes";
                return null;
            }

            // Read one byte more than allowed: a file that grew since fstat is refused too.
            var buffer = new byte[(int)status.Size + 1];
            var length = 0;
            fixed (byte* start = buffer)
            {
                while (length < buffer.Length)
                {
                    var wanted = buffer.Length - length;
                    var read = Interop.Libc.Read(fd!, start + length, (nuint)wanted);
                    if (read == 0)
                    {
                        break;
                    }

                    if (read < 0)
                    {
                        var readErrno = Marshal.GetLastPInvokeError();
                        if (readErrno == PlatformConstants.EINTR)
                        {
                            continue;
                        }

                        problem = ErrnoText.Describe(readErrno);
                        return null;
                    }

                    length += (int)read;
                    if (length > maxBytes)
                    {
                        problem = $"it is larger than {maxBytes} bytes";
                        return null;
                    }

                    if (read < wanted)
                    {
                        // A regular file returns less than asked only at its end: no second read to hear it.
                        break;
                    }
                }
            }

            problem = null;
            return length == buffer.Length ? buffer : buffer[..length];
        }
    }
}
