using UpdateStation.Instance;
using UpdateStation.Rendering;
using UpdateStation.Settings;
using UpdateStation.Upgrade.History;

namespace UpdateStation.Tests.Units.Rendering;

/// <summary>The shapes of `status --json`, `history --json` and `settings`.</summary>
public sealed class ReportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("us-report-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void StatusJson_IsThePublishedStateRunning_InCamelCase_WithoutTheStartTime()
    {
        var state = new InstanceState(4242, 987654, InstanceState.TrayMode, new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero), 3, true,
            new CheckSummary(new DateTimeOffset(2026, 12, 4, 11, 0, 0, TimeSpan.Zero), 5, 2, null));

        var json = JsonSerializer.Serialize(UpdateStation.Rendering.StatusReport.From(state), OutputJsonContext.Default.StatusReport);

        Assert.Equal(
            "{\"running\":true,\"pid\":4242,\"mode\":\"tray\",\"startedAt\":\"2026-12-04T10:00:00+00:00\",\"activations\":3,\"checking\":true," +
            "\"lastCheck\":{\"checkedAt\":\"2026-12-04T11:00:00+00:00\",\"updates\":5,\"security\":2,\"error\":null}}",
            json);
    }

    [Fact]
    public void HistoryJson_EachResultInWords_AndItsChanges()
    {
        var started = new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);
        PastChange[] changes = [new("upgrade", "curl", "1", "2")];
        PastRun[] runs =
        [
            new(started, Automatic: true, changes, PastRunResult.Done, null, RestartNeeded: true),
            new(started, Automatic: false, [], PastRunResult.Failed, "dpkg was interrupted", false),
            new(started, Automatic: false, [], PastRunResult.PlanChanged, null, false),
            new(started, Automatic: false, [], PastRunResult.Unfinished, null, false),
        ];

        var json = JsonSerializer.Serialize(HistoryReport.From("/var/log/update-station.log", runs), OutputJsonContext.Default.HistoryReport);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("/var/log/update-station.log", root.GetProperty("log").GetString());
        Assert.Equal(["done", "failed", "plan-changed", "unfinished"], root.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("result").GetString()));
        var first = root.GetProperty("runs")[0];
        Assert.True(first.GetProperty("automatic").GetBoolean());
        Assert.True(first.GetProperty("restartNeeded").GetBoolean());
        Assert.Equal("curl", first.GetProperty("changes")[0].GetProperty("name").GetString());
        Assert.Equal("dpkg was interrupted", root.GetProperty("runs")[1].GetProperty("message").GetString());
    }

    [Fact]
    public void Settings_FilesFirst_ThenEachKeyWithWhereItCameFrom()
    {
        var system = Path.Combine(_directory, "absent.toml");
        var user = Path.Combine(_directory, "settings.toml");
        File.WriteAllText(user, "check-interval-minutes = 60\nignore = [\"a\\\"b\", \"c\\\\d\"]\n");
        var files = new SettingsFiles(system, user);
        var warnings = new List<string>();

        using var output = new StringWriter { NewLine = "\n" };
        SettingsReport.Write(output, files, SettingsLoader.Load(files, warnings.Add));
        var lines = output.ToString().Split('\n');

        Assert.Empty(warnings);
        Assert.Equal($"# system file: {system} (absent)", lines[0]);
        Assert.Equal($"# user file: {user}", lines[1]);
        Assert.Matches($@"^check-interval-minutes = 60 +# user: {System.Text.RegularExpressions.Regex.Escape(user)}$", lines.Single(l => l.StartsWith("check-interval-minutes", StringComparison.Ordinal)));
        Assert.Matches(@"^first-check-delay-seconds = 120 +# default$", lines.Single(l => l.StartsWith("first-check-delay-seconds", StringComparison.Ordinal)));
        Assert.StartsWith(@"ignore = [""a\""b"", ""c\\d""]", lines.Single(l => l.StartsWith("ignore", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Matches(@"^# backend = \(detected\) +# default$", lines.First(l => l.StartsWith("# backend", StringComparison.Ordinal)));
        Assert.Matches(@"^# backend = \(the top level's, else detected\) +# default$", lines.Last(l => l.StartsWith("# backend", StringComparison.Ordinal)));
        Assert.Equal(1, lines.Count(l => l == "[helper]"));
        Assert.Equal(1, lines.Count(l => l == "[automatic]"));
        Assert.True(Array.IndexOf(lines, "[helper]") < Array.IndexOf(lines, "[automatic]"));
    }

    [Fact]
    public void Settings_NoUserFile_SaysWhy()
    {
        var files = new SettingsFiles(Path.Combine(_directory, "absent.toml"), null);

        using var output = new StringWriter { NewLine = "\n" };
        SettingsReport.Write(output, files, SettingsLoader.Load(files, _ => { }));

        Assert.Equal("# user file: none (no HOME or XDG_CONFIG_HOME)", output.ToString().Split('\n')[1]);
    }
}
