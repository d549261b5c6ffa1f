using UpdateStation.Posix;

namespace UpdateStation.Upgrade.History;

/// <summary>Reads the run log for the history (the command and the window's page): a regular file, never waited on.</summary>
public static class RunLogFile
{
    /// <summary>Larger logs are refused: logrotate keeps the live one small, and the history is read whole.</summary>
    private const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>The past runs in <paramref name="path"/>, oldest first; none when the log does not exist.</summary>
    /// <param name="problem">Why the log cannot be read (a FIFO, a directory, no permission), in words; null when it could.</param>
    public static IReadOnlyList<PastRun> Read(string path, out string? problem)
    {
        var bytes = BoundedFile.TryRead(path, MaxBytes, out problem, followLinks: true);
        return bytes is null ? [] : RunHistoryParser.Parse(System.Text.Encoding.UTF8.GetString(bytes));
    }
}
