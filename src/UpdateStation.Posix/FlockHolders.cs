namespace UpdateStation.Posix;

/// <summary>Which processes hold flock(2) locks on a file, from Linux's /proc/locks.</summary>
public static class FlockHolders
{
    /// <summary>
    /// Whether <paramref name="pid"/> holds an exclusive flock on <paramref name="path"/>; null where the system
    /// cannot say (no /proc/locks), so callers fall back to a lock probe.
    /// </summary>
    public static bool? HoldsExclusive(int pid, string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var inode = InodeOf(path);
        if (inode is null)
        {
            return false;
        }

        try
        {
            // "1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF"
            foreach (var line in File.ReadLines("/proc/locks"))
            {
                var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (f.Length >= 6 && f[1] == "FLOCK" && f[3] == "WRITE" && f[4] == pid.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    && f[5].EndsWith(":" + inode, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string? InodeOf(string path)
    {
        try
        {
            return FileStatus.Read(path)?.Inode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (PosixException)
        {
            return null;
        }
    }
}
