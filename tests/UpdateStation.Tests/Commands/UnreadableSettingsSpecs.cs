using UpdateStation.Tests.Helper;
using UpdateStation.Tests.Plumbing;

namespace UpdateStation.Tests.Commands;

/// <summary>
/// A settings file the TOML library throws on (`x = [[[...]]]` 65 deep, 135 bytes, crashed every
/// command with exit 134): one line naming the file, the file ignored, the command goes on; the root helper refuses.
/// </summary>
public sealed class UnreadableSettingsSpecs : IDisposable
{
    private static readonly string s_tooDeep = "x = " + new string('[', 65) + new string(']', 65) + "\n";

    private readonly string _config = Directory.CreateTempSubdirectory("update-station-config-").FullName;

    public UnreadableSettingsSpecs()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SettingsFile)!);
        File.WriteAllText(SettingsFile, "check-interval-minutes = 720\n" + s_tooDeep);
    }

    private string SettingsFile => Path.Combine(_config, "update-station", "settings.toml");

    private string Warning => $"update-station: {SettingsFile}: not readable as TOML (the maximum depth of 64 has been exceeded). Its settings are ignored.\n";

    public void Dispose() => Directory.Delete(_config, recursive: true);

    [Fact(Timeout = 60_000)]
    public async Task Settings_shows_the_defaults_after_one_line_about_the_file()
    {
        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["settings"], UserConfig(), TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Equal(Warning, error);
        Assert.Matches(@"(?m)^check-interval-minutes = 360 +# default$", output);
    }

    [Fact(Timeout = 60_000)]
    public async Task Check_goes_on_with_the_defaults_after_one_line_about_the_file()
    {
        // Arrange
        using var world = new PkgWorld();
        world.Reply("upgrade-n", "up-to-date.txt");
        var environment = new Dictionary<string, string>(world.Environment) { ["XDG_CONFIG_HOME"] = _config };

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["check", "--no-refresh", "--backend", "pkg"], environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 0, $"exit {exit}: {output}{error}");
        Assert.StartsWith("Up to date", output, StringComparison.Ordinal);
        Assert.Equal(Warning, error);
    }

    [Fact(Timeout = 90_000)]
    public async Task Tray_starts_and_check_now_and_status_answer_with_the_file_in_place()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        dir.OpenGate();
        var options = new StartOptions { Environment = new Dictionary<string, string?> { ["XDG_CONFIG_HOME"] = _config } };

        // Act
        (StationProcess tray, StatusReport status) = await Station.StartTrayAsync(dir, options);
        StationResult checkNow = await Station.CheckNowAsync(dir, options);
        StationResult plainStatus = await StationProcess.RunAsync(dir, ["status"], Station.CommandTimeout, options);

        // Assert
        Assert.Equal(tray.Pid, status.Pid);
        await Poll.UntilAsync(() => tray.Stderr.Contains(Warning, StringComparison.Ordinal), TimeSpan.FromSeconds(10), () => $"the tray's one line; its stderr:\n{tray.Stderr}");
        Assert.DoesNotContain("Exception", tray.Stderr, StringComparison.Ordinal);
        Assert.True(checkNow.ExitCode is 0 or 100, checkNow.ToString());
        Assert.Equal(0, plainStatus.ExitCode);
        Assert.Contains($"(pid {tray.Pid}, tray mode)", plainStatus.Stdout, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Helper_refuses_its_settings_file_in_one_line_and_runs_nothing()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: its override file (the system file's stand-in) is root's, trusted, and nested too deep.
        using var helper = HelperInstall.Create("/nonexistent/apt.conf", extraSettings: s_tooDeep);

        // Act
        var run = await helper.RunAsync(["refresh"], TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal((1, ""), (run.ExitCode, run.Output));
        Assert.Equal(
            $"update-station-helper: {helper.SettingsPath}: not readable as TOML (the maximum depth of 64 has been exceeded); " +
            "the helper runs only on settings it can read: correct the file or remove it.\n",
            run.Error);
        Assert.False(File.Exists(helper.LogPath), "nothing may have run");
    }

    private Dictionary<string, string> UserConfig() => new() { ["XDG_CONFIG_HOME"] = _config };
}
