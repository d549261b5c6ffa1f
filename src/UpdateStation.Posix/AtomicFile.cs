namespace UpdateStation.Posix;

/// <summary>Replaces a file's content in one step (temporary file + rename), so a reader sees the old or the new, never half.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> with exactly <paramref name="mode"/>.</summary>
    /// <exception cref="PosixException">The write failed (no space, a directory in the way...); no temporary file is left.</exception>
    public static void Write(string path, ReadOnlySpan<byte> content, UnixFileMode mode)
    {
        var c = PlatformConstants.Current;
        var temporary = $"{path}.{Environment.ProcessId}.tmp";

        // A temporary file of ours left by a crash of an earlier process with our pid: O_EXCL below needs it gone.
        PosixFile.TryDelete(temporary);
        try
        {
            using (var fd = PosixFile.Open(temporary, PlatformConstants.O_WRONLY | c.O_CREAT | c.O_EXCL | c.O_NOFOLLOW | c.O_CLOEXEC, mode))
            {
                PosixFile.SetMode(fd, temporary, mode);
                var errno = PosixFile.WriteAll(fd.Fd, content);
                if (errno != 0)
                {
                    throw new PosixException("write", temporary, errno);
                }
            }

            if (Interop.Libc.Rename(temporary, path) != 0)
            {
                throw PosixException.FromLastError("rename", path);
            }
        }
        catch (PosixException)
        {
            RemoveQuietly(temporary);
            throw;
        }
    }

    private static void RemoveQuietly(string temporary)
    {
        try
        {
            PosixFile.TryDelete(temporary);
        }
        catch (PosixException)
        {
            // The directory itself is gone or unwritable: then there is no temporary file to leave behind either.
        }
    }
}
