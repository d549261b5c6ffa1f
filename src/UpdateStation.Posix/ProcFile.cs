using System.Text;

namespace UpdateStation.Posix;

/// <summary>Reads one of Linux's /proc text files (a process's stat or status, /proc/locks) whole.</summary>
/// <remarks>
/// Their size is known only by reading them (fstat says 0), and they are read on every status and check-now: open(2),
/// read(2) until the end, close(2), without a FileStream and a StreamReader around them.
/// </remarks>
public static class ProcFile
{
    /// <summary>The text of <paramref name="path"/>; null when it cannot be read (the process has gone, no /proc).</summary>
    public static unsafe string? TryRead(string path)
    {
        var c = PlatformConstants.Current;
        if (PosixFile.TryOpen(path, PlatformConstants.O_RDONLY | c.O_CLOEXEC, 0, out var fd) != 0)
        {
            return null;
        }

        using (fd)
        {
            var buffer = new byte[4096];
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                nint count;
                fixed (byte* start = buffer)
                {
                    count = Interop.Libc.Read(fd!, start + length, (nuint)(buffer.Length - length));
                }

                if (count > 0)
                {
                    length += (int)count;
                }
                else if (count == 0)
                {
                    return Encoding.UTF8.GetString(buffer, 0, length);
                }
                else if (Marshal.GetLastPInvokeError() != PlatformConstants.EINTR)
                {
                    return null;
                }
            }
        }
    }
}
