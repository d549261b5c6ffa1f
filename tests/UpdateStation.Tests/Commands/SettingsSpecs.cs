using System.Text.RegularExpressions;
using UpdateStation.Tests.Plumbing;

namespace UpdateStation.Tests.Commands;

/// <summary>`update-station settings` over a user's settings file (the system file's precedence is unit-tested in UpdateStation.Settings.Tests).</summary>
public sealed class SettingsSpecs : IDisposable
{
    private readonly string _config = Directory.CreateTempSubdirectory("update-station-config-").FullName;

    private string SettingsFile => Path.Combine(_config, "update-station", "settings.toml");

    public void Dispose() => Directory.Delete(_config, recursive: true);

    [Fact(Timeout = 60_000)]
    public async Task User_can_see_the_effective_settings_and_where_each_value_comes_from()
    {
        // Arrange
        Write("check-interval-minutes = 720\nnotifications = \"security\"\n");

        // Act
        var (exit, output, error) = await RunSettingsAsync();

        // Assert
        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Matches($@"(?m)^check-interval-minutes = 720 +# user: {Regex.Escape(SettingsFile)}$", output);
        Assert.Matches($@"(?m)^notifications = ""security"" +# user: {Regex.Escape(SettingsFile)}$", output);
        Assert.Matches(@"(?m)^first-check-delay-seconds = 120 +# default$", output);
        Assert.Equal("", error);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(true)]
    [InlineData(false)]
    public async Task User_can_see_which_settings_files_are_read_and_whether_each_is_there(bool userFileExists)
    {
        // Arrange
        if (userFileExists)
        {
            Write("notifications = \"none\"\n");
        }

        // Act
        var (exit, output, error) = await RunSettingsAsync();

        // Assert: the system file is the build's (/etc by default), present or not on this machine.
        Assert.True(exit == 0, $"exit {exit}: {error}");
        string[] lines = output.Split('\n');
        Assert.Matches(@"^# system file: /etc/update-station/settings\.toml( \(absent\))?$", lines[0]);
        Assert.Equal($"# user file: {SettingsFile}{(userFileExists ? "" : " (absent)")}", lines[1]);
    }

    [Fact(Timeout = 60_000)]
    public async Task User_with_a_bad_settings_file_gets_one_line_per_problem_and_the_defaults_for_those_keys()
    {
        // Arrange
        Write("check-interval-minutes = -3\nfirst-check-delay-seconds = 30\nbackend = 'yum'\n[helper]\npath = \"/tmp\"\n");

        // Act
        var (exit, output, error) = await RunSettingsAsync();

        // Assert
        Assert.True(exit == 0, $"exit {exit}: {error}");
        string[] lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"update-station: {SettingsFile}:1: check-interval-minutes: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"update-station: {SettingsFile}:3: backend: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"update-station: {SettingsFile}:4: [helper]: ", lines[2], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.EndsWith(".", l, StringComparison.Ordinal));
        Assert.Matches(@"(?m)^check-interval-minutes = 360 +# default$", output);
        Assert.Matches(@"(?m)^first-check-delay-seconds = 30 +# user: ", output);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task User_with_a_settings_file_that_is_not_toml_still_gets_the_defaults()
    {
        // Arrange
        Write("this is [not toml\n\0\n");

        // Act
        var (exit, output, error) = await RunSettingsAsync();

        // Assert
        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.StartsWith($"update-station: {SettingsFile}:1: ", error, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^check-interval-minutes = 360 +# default$", output);
    }

    [Fact(Timeout = 90_000)]
    public async Task Tray_takes_its_first_check_delay_from_the_users_settings()
    {
        // Arrange: the default delay is 120 s; the user's file makes it 0, so the fake pkg is asked at once.
        Write("first-check-delay-seconds = 0\n");
        await using RuntimeDir dir = RuntimeDir.Create();
        dir.OpenGate();
        var options = new StartOptions { Environment = new Dictionary<string, string?> { ["XDG_CONFIG_HOME"] = _config } };

        // Act
        (StationProcess tray, _) = await Station.StartTrayAsync(dir, options);

        // Assert
        await Poll.UntilAsync(() => dir.UpgradeChecks() > 0, TimeSpan.FromSeconds(30),
            () => $"a check within 30 s of start-up; pkg calls: {string.Join(" | ", dir.PkgInvocations())}\n--- tray stderr ---\n{tray.Stderr}");
    }

    private void Write(string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SettingsFile)!);
        File.WriteAllText(SettingsFile, text);
    }

    private Task<(int ExitCode, string Output, string Error)> RunSettingsAsync() =>
        PublishedBinary.RunAsync(["settings"], new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = _config }, TestContext.Current.CancellationToken);
}
