using System.Text.RegularExpressions;

namespace UpdateStation.Packages.Apt;

/// <summary>Picks the lines of apt's ordinary output that a person must see: errors, failed fetches, lock holders.</summary>
internal static partial class AptMessages
{
    private const int MaxLength = 400;

    /// <summary>The first "E:" line, else the first failed fetch, else null; without its prefix, on one line, no final period.</summary>
    public static string? FirstError(string output)
    {
        string? fetch = null;
        foreach (var rawLine in output.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.StartsWith("E: ", StringComparison.Ordinal) && !IsIndexSummary(line))
            {
                return OneLine(line[3..]);
            }

            if (fetch is null && line.StartsWith("W: Failed to fetch ", StringComparison.Ordinal))
            {
                fetch = OneLine(line[3..]);
            }
        }

        return fetch;
    }

    /// <summary>The lock holder apt names ("process 1234 (apt-get)") in a "Could not get lock" line.</summary>
    public static bool TryGetLockHolder(string line, out string holder) => TryGetLockHolder(line, out holder, out _, out _);

    /// <summary>The holder apt names, in words ("process 42 (apt-get)") and as its name and pid.</summary>
    public static bool TryGetLockHolder(string line, out string holder, out string name, out int pid)
    {
        var match = LockHolder().Match(line);
        name = match.Success ? match.Groups["name"].Value : "";
        pid = match.Success && int.TryParse(match.Groups["pid"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : 0;
        holder = match.Success ? $"process {pid} ({name})" : "";
        return match.Success;
    }

    /// <summary>Whether apt gave up waiting for the dpkg lock.</summary>
    public static bool IsLockFailure(string output) =>
        output.Contains("E: Could not get lock", StringComparison.Ordinal)
        || output.Contains("E: Unable to acquire the dpkg frontend lock", StringComparison.Ordinal)
        || output.Contains("E: Unable to lock the administration directory", StringComparison.Ordinal);

    /// <summary>The text on one line: whitespace runs collapsed, no final period, bounded length.</summary>
    public static string OneLine(string text)
    {
        var collapsed = Whitespace().Replace(text, " ").Trim().TrimEnd('.');
        return collapsed.Length <= MaxLength ? collapsed : string.Concat(collapsed.AsSpan(0, MaxLength), "...");
    }

    private static bool IsIndexSummary(string line) =>
        line.Contains("Some index files failed to download", StringComparison.Ordinal);

    [GeneratedRegex(@"It is held by process (?<pid>\d+) \((?<name>[^)]*)\)")]
    private static partial Regex LockHolder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
