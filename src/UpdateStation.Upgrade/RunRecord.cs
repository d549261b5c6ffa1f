using System.Globalization;
using UpdateStation.Posix;

namespace UpdateStation.Upgrade;

/// <summary>The helper's own lines in the run log, each appended through a descriptor of its own.</summary>
/// <remarks>Each line is one write(2) to a file opened O_APPEND, so it never tears a line of the package manager's.</remarks>
public sealed class RunRecord(string path)
{
    private const UnixFileMode Mode = (UnixFileMode)0b110_100_100; // 0644, as RunLog makes it.

    public string Path { get; } = path;

    public void Write(string line)
    {
        var stamp = DateTimeOffset.Now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        try
        {
            using var file = AppendOnlyFile.Open(Path, Mode);
            file.Append($"{stamp} update-station-helper[{Environment.ProcessId}]: {line}\n");
        }
        catch (PosixException)
        {
            // The log is a record, not a precondition.
        }
    }
}
