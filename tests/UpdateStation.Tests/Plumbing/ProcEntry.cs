namespace UpdateStation.Tests.Plumbing;

/// <summary>What /proc says about one process: its title, state and signal dispositions.</summary>
internal static class ProcEntry
{
    /// <summary>/proc/PID/comm without the newline.</summary>
    public static string Comm(int pid) => File.ReadAllText($"/proc/{pid}/comm").TrimEnd('\n');

    /// <summary>The state letter of /proc/PID/stat (R, S, T, Z...), or null when the process is gone.</summary>
    public static char? State(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            // The comm field is parenthesised and may hold spaces: the state follows the last ')'.
            return stat[stat.LastIndexOf(')') + 2];
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Alive and not a zombie.</summary>
    public static bool IsAlive(int pid) => State(pid) is char state && state != 'Z' && state != 'X';

    /// <summary>A signal mask line of /proc/PID/status (SigIgn, SigCgt, SigBlk) as bits: bit (N-1) is signal N.</summary>
    public static ulong SignalMask(int pid, string field)
    {
        foreach (string line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return Convert.ToUInt64(line[(field.Length + 1)..].Trim(), 16);
            }
        }

        throw new InvalidOperationException($"/proc/{pid}/status has no {field} line.");
    }

    /// <summary>Whether <paramref name="signal"/> is set in a mask read by <see cref="SignalMask"/>.</summary>
    public static bool Has(ulong mask, int signal) => (mask & (1UL << (signal - 1))) != 0;
}
