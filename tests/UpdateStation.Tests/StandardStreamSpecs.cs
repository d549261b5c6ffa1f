using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests;

/// <summary>A closed or full standard stream never ends the process nor changes its exit status.</summary>
public sealed class StandardStreamSpecs
{
    [Theory(Timeout = 60_000)]
    [InlineData("2>&-")]
    [InlineData("2>/dev/full")]
    public async Task Usage_error_is_still_exit_2_when_stderr_cannot_be_written(string redirection)
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        StationResult result = await StationProcess.RunAsync(dir, ["check", "--bogus"], Station.CommandTimeout, StreamLauncher.With(redirection));

        // Assert
        Assert.True(result.ExitCode == 2, $"check --bogus {redirection}: {result}");
    }

    [Theory(Timeout = 60_000)]
    [InlineData("status")]
    [InlineData("status", "--json")]
    [InlineData("settings")]
    [InlineData("--version")]
    public async Task Output_into_a_full_disk_is_one_line_naming_standard_output_and_exit_1(params string[] args)
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        StationResult result = await StationProcess.RunAsync(dir, args, Station.CommandTimeout, StreamLauncher.With(">/dev/full"));

        // Assert
        Assert.True(result.ExitCode == 1, $"update-station {string.Join(' ', args)} >/dev/full: {result}");
        Assert.Equal("update-station: cannot write to standard output: no space left on the device.\n", result.Stderr);
    }

    [Fact(Timeout = 60_000)]
    public async Task Output_into_a_full_non_blocking_pipe_waits_for_room_and_arrives_whole()
    {
        // Arrange: what settings prints into an ordinary pipe.
        await using RuntimeDir dir = RuntimeDir.Create();
        StationResult plain = await StationProcess.RunAsync(dir, ["settings"], Station.CommandTimeout);
        Assert.True(plain.ExitCode == 0 && plain.Stdout.Length > 0, $"settings: {plain}");

        // Act: the same into a pipe that another program made non-blocking and filled (each write gets EAGAIN at first).
        StationResult full = await StationProcess.RunAsync(dir, ["settings"], Station.CommandTimeout, StreamLauncher.Pipe("full"));

        // Assert
        Assert.True(full.ExitCode == 0, $"settings into a full non-blocking pipe: {full}");
        Assert.Equal(plain.Stdout, full.Stdout);
        Assert.Equal("", full.Stderr);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("settings")]
    [InlineData("--version")]
    [InlineData("status")]
    public async Task Output_into_a_pipe_nobody_reads_is_no_error(string command)
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        StationResult plain = await StationProcess.RunAsync(dir, [command], Station.CommandTimeout);

        // Act: the reading end is closed before the program starts (EPIPE; the runtime ignores SIGPIPE).
        StationResult closed = await StationProcess.RunAsync(dir, [command], Station.CommandTimeout, StreamLauncher.Pipe("closed"));

        // Assert: the exit status the command has anyway (status: 3, not running), and nothing said about the pipe.
        Assert.True(closed.ExitCode == plain.ExitCode, $"{command} into a closed pipe: {closed}; into an open one: {plain}");
        Assert.Equal("", closed.Stderr);
    }

    [Theory(Timeout = 90_000)]
    [InlineData("2>&-")]
    [InlineData("2>/dev/full")]
    public async Task Tray_with_an_unwritable_stderr_runs_checks_and_stops_cleanly(string redirection)
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        StationProcess tray = StationProcess.Start(dir, ["tray"], StreamLauncher.With(redirection));
        await Station.WaitForInstanceAsync(dir, tray);

        // Act: an activation logs a line and a check result, both into the unwritable stream.
        StationResult checkNow = await Station.CheckNowAsync(dir);
        await Poll.UntilAsync(() => dir.UpgradeChecks() >= 1, Station.StartTimeout, () => "the activation's check reached pkg");
        tray.Signal(Signals.SIGTERM);
        StationResult stopped = await tray.WaitForExitAsync(Station.StartTimeout);

        // Assert
        Assert.True(checkNow.ExitCode == 0, $"check-now: {checkNow}");
        Assert.True(stopped.ExitCode == 0, $"tray {redirection} after SIGTERM: {stopped}");
    }

    [Fact(Timeout = 90_000)]
    public async Task Tray_whose_log_disk_fills_keeps_running_without_its_log()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "A small tmpfs for the log needs root to mount (CI runs as root).");

        // Arrange: the tray's stderr appends to a log on a 64 KiB tmpfs.
        await using RuntimeDir dir = RuntimeDir.Create();
        using SmallDisk disk = SmallDisk.Mount(Path.Combine(dir.Root, "disk"));
        string log = Path.Combine(disk.Path, "tray.log");
        StationProcess tray = StationProcess.Start(dir, ["tray"], StreamLauncher.With($"2>>'{log}'"));
        await Station.WaitForInstanceAsync(dir, tray);
        await Poll.UntilAsync(() => File.ReadAllText(log).Contains("running as the instance", StringComparison.Ordinal), Station.StartTimeout, () => $"the tray logged its start in {log}");

        // Act: the disk fills, then an activation makes the tray log again.
        disk.Fill(log);
        StationResult checkNow = await Station.CheckNowAsync(dir);
        await Poll.UntilAsync(() => dir.UpgradeChecks() >= 1, Station.StartTimeout, () => "the activation's check reached pkg");
        StatusReport status = await Station.RequireStatusAsync(dir);
        tray.Signal(Signals.SIGTERM);
        StationResult stopped = await tray.WaitForExitAsync(Station.StartTimeout);

        // Assert
        Assert.True(checkNow.ExitCode == 0, $"check-now: {checkNow}");
        Assert.Equal(tray.Pid, status.Pid);
        Assert.True(stopped.ExitCode == 0, $"tray after SIGTERM: {stopped}");
    }

    [Fact(Timeout = 300_000)]
    public async Task Check_with_stdin_stdout_and_stderr_closed_exits_normally_every_time()
    {
        // Arrange: an apt world whose lists are refreshed once, so each run below only reads them.
        using AptWorld world = AptWorld.Sample().Publish();
        Dictionary<string, string?> environment = new() { ["APT_CONFIG"] = world.ConfigPath };
        await using RuntimeDir dir = RuntimeDir.Create();
        StationResult refresh = await StationProcess.RunAsync(dir, ["check", "--backend", "apt"], TimeSpan.FromSeconds(60), new StartOptions { Environment = environment });
        Assert.True(refresh.ExitCode == 100, $"the first check: {refresh}");
        StartOptions closed = StreamLauncher.With("0<&- 1>&- 2>&-") with { Environment = environment };

        // Act
        List<int> exitCodes = [];
        for (int run = 0; run < 20; run++)
        {
            StationResult result = await StationProcess.RunAsync(dir, ["check", "--no-refresh", "--backend", "apt"], TimeSpan.FromSeconds(60), closed);
            exitCodes.Add(result.ExitCode);
        }

        // Assert: 100 (updates waiting) each time; a signal would show as 128 + its number.
        Assert.True(exitCodes.All(code => code == 100), $"exit statuses: {string.Join(' ', exitCodes)}");
    }
}
