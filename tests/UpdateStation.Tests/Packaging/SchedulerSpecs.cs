namespace UpdateStation.Tests.Packaging;

/// <summary>The scheduler of automatic runs: systemd's units as systemd reads them, the periodic(8) script as sh runs it.</summary>
public sealed class SchedulerSpecs : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("update-station-scheduler-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact(Timeout = 120_000)]
    public async Task Systemd_accepts_the_timer_and_the_service()
    {
        Assert.SkipWhen(!File.Exists("/usr/bin/systemd-analyze") && !File.Exists("/bin/systemd-analyze"), "systemd-analyze is not installed.");

        // Arrange: the service as make install makes it, naming a helper that exists.
        var helper = Helper("exit 0");
        var service = Path.Combine(_directory, "update-station-automatic.service");
        File.WriteAllText(service, File.ReadAllText(Repository.File("packaging", "systemd", "update-station-automatic.service.in")).Replace("@LIBEXECDIR@", Path.GetDirectoryName(helper), StringComparison.Ordinal));
        var timer = Path.Combine(_directory, "update-station-automatic.timer");
        File.Copy(Repository.File("packaging", "systemd", "update-station-automatic.timer"), timer);

        // Act: --man=no: the man page is installed with the package, not here.
        var result = await Tool.RunAsync(["systemd-analyze", "verify", "--man=no", service, timer], _directory);

        // Assert
        Assert.True(result.ExitCode == 0 && result.Stderr.Trim().Length == 0, result.ToString());
    }

    [Theory(Timeout = 60_000)]
    [InlineData("exit 0", 0)]
    [InlineData("exit 4", 0)]
    [InlineData("exit 1", 3)]
    public async Task The_periodic_script_runs_the_helper_and_says_what_periodic_should_report(string helperExit, int expected)
    {
        // Arrange
        var script = PeriodicScript(Helper($"echo \"$@\" > '{_directory}/called'; echo 'update-station-helper automatic: nothing to install.' >&2; {helperExit}"));

        // Act
        var result = await Tool.RunAsync(["sh", script], _directory);

        // Assert
        Assert.True(result.ExitCode == expected, result.ToString());
        Assert.Equal("automatic\n", File.ReadAllText(Path.Combine(_directory, "called")));
        Assert.Contains("nothing to install", result.Stdout, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_periodic_script_does_nothing_when_periodic_conf_turns_it_off()
    {
        // Arrange
        var script = PeriodicScript(Helper($"touch '{_directory}/called'"));

        // Act
        var result = await Tool.RunAsync(["sh", script], _directory, new Dictionary<string, string> { ["daily_update_station_enable"] = "NO" });

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(Path.Combine(_directory, "called")));
    }

    private string Helper(string body)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "libexec")).FullName;
        var helper = Path.Combine(folder, "update-station-helper");
        File.WriteAllText(helper, $"#!/bin/sh\n{body}\n");
        File.SetUnixFileMode(helper, (UnixFileMode)0b111_101_101);
        return helper;
    }

    private string PeriodicScript(string helper)
    {
        var script = Path.Combine(_directory, "410.update-station");
        File.WriteAllText(script, File.ReadAllText(Repository.File("packaging", "freebsd", "periodic", "410.update-station.in"))
            .Replace("@LIBEXECDIR@", Path.GetDirectoryName(helper), StringComparison.Ordinal)
            .Replace("@SYSCONFDIR@", "/usr/local/etc", StringComparison.Ordinal));
        return script;
    }
}
