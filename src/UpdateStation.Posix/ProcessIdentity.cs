namespace UpdateStation.Posix;

/// <summary>What the kernel says about a live process: enough to tell it is the one we mean.</summary>
/// <param name="Pid">The process id.</param>
/// <param name="UserId">Its effective user id.</param>
/// <param name="State">The scheduler state letter of /proc/PID/stat (R, S, D, T, Z, ...).</param>
/// <param name="StartTime">Start time since boot (Linux: clock ticks; FreeBSD: microseconds), which no clock step moves; with the pid it names one process for the system's lifetime.</param>
/// <param name="Executable">The path of its executable, without the " (deleted)" the kernel adds after a replace; null when unreadable.</param>
public sealed record ProcessIdentity(int Pid, uint UserId, char State, ulong StartTime, string? Executable)
{
    public bool IsZombie => State is 'Z' or 'X';

    /// <summary>Reads the process from /proc (FreeBSD: sysctl); null when it does not exist (or the kernel cannot say).</summary>
    public static ProcessIdentity? Read(int pid)
    {
        if (pid > 0 && OperatingSystem.IsFreeBSD())
        {
            return FreeBsdProcess.Read(pid);
        }

        if (pid <= 0 || !PlatformConstants.Current.HasProcFileSystem)
        {
            return null;
        }

        var stat = ProcFile.TryRead($"/proc/{pid}/stat");
        var status = ProcFile.TryRead($"/proc/{pid}/status");
        return stat is null || status is null ? null : Parse(pid, stat, status, ReadExecutable(pid));
    }

    /// <summary>This process's own identity.</summary>
    public static ProcessIdentity? Self() => Read(Environment.ProcessId);

    /// <summary>The path of this process's own executable, as <see cref="Executable"/> gives another's; null when unreadable.</summary>
    /// <remarks>On Linux only the /proc/self/exe link: its stat and status are not needed for this.</remarks>
    public static string? SelfExecutable() =>
        OperatingSystem.IsFreeBSD() ? Self()?.Executable : ReadExecutable(Environment.ProcessId);

    internal static ProcessIdentity? Parse(int pid, string stat, string status, string? executable)
    {
        // "pid (comm) S ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
        var close = stat.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 20 || fields[0].Length != 1 || !ulong.TryParse(fields[19], out var startTime))
        {
            return null;
        }

        uint? uid = null;
        foreach (var line in status.Split('\n'))
        {
            if (line.StartsWith("Uid:", StringComparison.Ordinal))
            {
                var ids = line[4..].Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
                if (ids.Length >= 2 && uint.TryParse(ids[1], out var effective))
                {
                    uid = effective;
                }

                break;
            }
        }

        return uid is null ? null : new ProcessIdentity(pid, uid.Value, fields[0][0], startTime, executable);
    }

    private static string? ReadExecutable(int pid)
    {
        try
        {
            var target = new FileInfo($"/proc/{pid}/exe").LinkTarget;
            const string Deleted = " (deleted)";
            return target is not null && target.EndsWith(Deleted, StringComparison.Ordinal) ? target[..^Deleted.Length] : target;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another user's process: the kernel hides its executable from us.
            return null;
        }
    }
}
