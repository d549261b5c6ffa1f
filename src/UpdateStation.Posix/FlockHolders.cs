namespace UpdateStation.Posix;

/// <summary>Which processes hold locks on a file, without taking one: Linux's /proc/locks, FreeBSD's `kern.lockf` sysctl.</summary>
public static class FlockHolders
{
    /// <summary>
    /// Whether some process holds an exclusive flock on <paramref name="path"/>; null where the system cannot say (no
    /// /proc/locks, a FreeBSD before 13.1), so callers fall back to a lock probe. FreeBSD says whether, not who.
    /// </summary>
    public static bool? IsHeldExclusive(string path)
    {
        if (OperatingSystem.IsFreeBSD())
        {
            return FreeBsdHoldsWrite(path, flockOnly: true);
        }

        var holder = ExclusiveHolder(path, out var known);
        return known ? holder is not null : null;
    }

    /// <summary>
    /// Whether <paramref name="pid"/> holds an exclusive flock on <paramref name="path"/>; null where the system
    /// cannot say (no /proc/locks), so callers fall back to a lock probe.
    /// </summary>
    public static bool? HoldsExclusive(int pid, string path)
    {
        var holder = ExclusiveHolder(path, out var known);
        return known ? holder == pid : null;
    }

    /// <summary>The pid that holds an exclusive flock on <paramref name="path"/>; null when none does or the system cannot say.</summary>
    public static int? ExclusiveHolder(string path) => ExclusiveHolder(path, out _);

    /// <summary>
    /// Whether any process holds a write lock on <paramref name="path"/>, flock or fcntl (dpkg's kind); null where the
    /// system cannot say (no /proc/locks, or the file is unreadable for its inode).
    /// </summary>
    public static bool? IsWriteLocked(string path)
    {
        if (OperatingSystem.IsFreeBSD())
        {
            return FreeBsdHoldsWrite(path, flockOnly: false);
        }

        var inode = OperatingSystem.IsLinux() ? InodeOf(path) : null;
        if (inode is null)
        {
            return null;
        }

        return Locks()?
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Any(f => f.Length >= 6 && f[1] is "FLOCK" or "POSIX" or "OFDLCK" && f[3] == "WRITE" && f[5].EndsWith(":" + inode, StringComparison.Ordinal));
    }

    private static int? ExclusiveHolder(string path, out bool known)
    {
        known = false;
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var inode = InodeOf(path);
        if (inode is null)
        {
            known = true;
            return null;
        }

        var locks = Locks();
        if (locks is null)
        {
            return null;
        }

        known = true;
        // "1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF"; a waiter's line has "->" in the second field.
        foreach (var line in locks)
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length >= 6 && f[1] == "FLOCK" && f[3] == "WRITE" && f[5].EndsWith(":" + inode, StringComparison.Ordinal)
                && int.TryParse(f[4], System.Globalization.CultureInfo.InvariantCulture, out var pid))
            {
                return pid;
            }
        }

        return null;
    }

    [SupportedOSPlatform("freebsd")]
    private static bool? FreeBsdHoldsWrite(string path, bool flockOnly)
    {
        FileStatus? file;
        try
        {
            file = FileStatus.Read(path);
        }
        catch (PosixException)
        {
            return null;
        }

        if (file is null)
        {
            return false;
        }

        var locks = FreeBsdLocks.Read();
        return locks is null ? null : FreeBsdLocks.HoldsWrite(locks, file.Value, flockOnly);
    }

    /// <summary>The lines of /proc/locks; null when it cannot be read.</summary>
    private static string[]? Locks() => ProcFile.TryRead("/proc/locks")?.Split('\n', StringSplitOptions.RemoveEmptyEntries);

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
