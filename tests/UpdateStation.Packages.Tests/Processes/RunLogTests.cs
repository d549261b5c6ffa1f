using System.Text.RegularExpressions;
using UpdateStation.Packages.Processes;

namespace UpdateStation.Packages.Tests.Processes;

/// <summary>The run log's one writer: the backend's lines and the helper's, in the format a reader of the history parses.</summary>
public sealed class RunLogTests : IDisposable
{
    private const string Stamp = @"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}";
    private readonly string _directory = Directory.CreateTempSubdirectory("us-runlog-").FullName;

    private string LogPath => Path.Combine(_directory, "update-station.log");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Write_BackendAndHelper_AppendTheirLinesInOrderWithTheirSources()
    {
        // Arrange
        using var backend = RunLog.Open(LogPath);
        using var helper = RunLog.ForHelper(LogPath);

        // Act
        helper.Write("upgrade --plan abc started");
        backend.Write("upgrade with apt");
        helper.Write("upgrade done");

        // Assert
        var lines = File.ReadAllLines(LogPath);
        Assert.Equal(3, lines.Length);
        Assert.Matches($"^{Stamp} update-station-helper\\[{Environment.ProcessId}\\]: upgrade --plan abc started$", lines[0]);
        Assert.Matches($"^{Stamp} update-station: upgrade with apt$", lines[1]);
        Assert.Matches($"^{Stamp} update-station-helper\\[{Environment.ProcessId}\\]: upgrade done$", lines[2]);
    }

    [Fact]
    public void Open_NewLog_IsReadableByEveryone()
    {
        // Act
        using (RunLog.Open(LogPath))
        {
        }

        // Assert: 0644 whatever the umask.
        Assert.Equal((UnixFileMode)0b110_100_100, File.GetUnixFileMode(LogPath));
    }

    [Fact]
    public void ForHelper_LogThatCannotBeOpened_LosesTheLineNotTheRun()
    {
        // Arrange: a directory where the log should be.
        Directory.CreateDirectory(LogPath);
        using var helper = RunLog.ForHelper(LogPath);

        // Act
        var error = Record.Exception(() => helper.Write("refresh started"));

        // Assert
        Assert.Null(error);
        Assert.True(Directory.Exists(LogPath));
    }

    [Fact]
    public void Open_LogThatCannotBeOpened_SaysWhyInOneLine()
    {
        // Arrange
        Directory.CreateDirectory(LogPath);

        // Act
        var error = Assert.Throws<BackendException>(() => RunLog.Open(LogPath));

        // Assert
        Assert.Matches($"^Cannot open the upgrade log '{Regex.Escape(LogPath)}': [A-Z][^\n]*\\.$", error.Message);
    }
}
