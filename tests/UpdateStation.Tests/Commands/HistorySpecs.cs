using System.Text.Json;

namespace UpdateStation.Tests.Commands;

/// <summary>`update-station history` over a run log as the helper writes it.</summary>
public sealed class HistorySpecs : IDisposable
{
    private const string Log = """
        2026-12-01T10:01:00+00:00 update-station-helper[101]: upgrade --plan aaaa started
        2026-12-01T10:01:04+00:00 update-station-helper[101]: plan aaaa: 1 changes
        2026-12-01T10:01:04+00:00 update-station-helper[101]:   upgrade alpha 1.0-1 -> 1.1-1
        Unpacking alpha (1.1-1) over (1.0-1) ...
        2026-12-01T10:01:09+00:00 update-station-helper[101]: done: 1 changes applied
        2026-12-05T02:14:00+00:00 update-station-helper[200]: automatic run started (in its window): updates = security
        2026-12-05T02:14:04+00:00 update-station-helper[200]: upgrade --plan bbbb started
        2026-12-05T02:14:06+00:00 update-station-helper[200]: plan bbbb: 1 changes, 1 security
        2026-12-05T02:14:06+00:00 update-station-helper[200]:   upgrade secpkg 1.0-1 -> 1.0-1+deb12u1
        2026-12-05T02:14:09+00:00 update-station-helper[200]: done: 1 changes applied; a restart is needed

        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("update-station-history-").FullName;

    private string LogPath => Path.Combine(_directory, "update-station.log");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact(Timeout = 60_000)]
    public async Task User_can_list_past_upgrades_newest_first_automatic_ones_marked()
    {
        // Arrange
        File.WriteAllText(LogPath, Log);

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["history", "--log", LogPath], new Dictionary<string, string> { ["TZ"] = "UTC" }, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Equal(
            "2026-12-05 02:14  automatic  1 change  done, a restart is needed\n    upgrade secpkg 1.0-1 -> 1.0-1+deb12u1\n"
            + "2026-12-01 10:01  by hand  1 change  done\n    upgrade alpha 1.0-1 -> 1.1-1\n",
            output);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("fifo", "it is not a regular file")]
    [InlineData("directory", "it is a directory")]
    public async Task A_run_log_that_is_no_regular_file_is_one_line_and_exit_1_never_a_wait(string kind, string words)
    {
        // Arrange: what someone may leave where the log should be; a FIFO without a writer blocked a plain read forever.
        if (kind == "fifo")
        {
            using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [LogPath]);
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, mkfifo.ExitCode);
        }
        else
        {
            Directory.CreateDirectory(LogPath);
        }

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["history", "--log", LogPath], new Dictionary<string, string>(), TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 1, $"exit {exit}: {error}");
        Assert.Equal("", output);
        Assert.Equal($"update-station: Cannot read the run log '{LogPath}': {words}.\n", error);
    }

    [Fact(Timeout = 60_000)]
    public async Task User_can_read_past_upgrades_as_json()
    {
        // Arrange
        File.WriteAllText(LogPath, Log);

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["history", "--json", "--log", LogPath], new Dictionary<string, string>(), TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 0, $"exit {exit}: {error}");
        var runs = JsonDocument.Parse(output).RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(2, runs.Count);
        Assert.True(runs[0].GetProperty("automatic").GetBoolean());
        Assert.Equal("done", runs[0].GetProperty("result").GetString());
        Assert.True(runs[0].GetProperty("restartNeeded").GetBoolean());
        Assert.Equal("secpkg", runs[0].GetProperty("changes")[0].GetProperty("name").GetString());
        Assert.Equal(1, runs[0].GetProperty("security").GetInt32());
        Assert.Equal(DateTimeOffset.Parse("2026-12-05T02:14:09+00:00", System.Globalization.CultureInfo.InvariantCulture), runs[0].GetProperty("ended").GetDateTimeOffset());
        Assert.False(runs[1].GetProperty("automatic").GetBoolean());
        Assert.Equal(JsonValueKind.Null, runs[1].GetProperty("security").ValueKind); // a plan line written before it said
    }

    [Fact(Timeout = 60_000)]
    public async Task History_without_a_log_says_no_upgrade_has_run()
    {
        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["history", "--log", LogPath], new Dictionary<string, string>(), TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Equal($"No upgrade has run yet (the run log is {LogPath}).\n", output);
    }
}
