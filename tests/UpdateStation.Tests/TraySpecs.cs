using System.Globalization;

namespace UpdateStation.Tests;

public sealed class TraySpecs
{
    [Fact(Timeout = 60_000)]
    public async Task User_can_see_the_running_tray_in_status_json()
    {
        // Arrange
        DateTimeOffset before = DateTimeOffset.UtcNow;
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        (StationProcess tray, StatusReport status) = await Station.StartTrayAsync(dir);

        // Assert
        Assert.Equal(tray.Pid, status.Pid);
        Assert.Equal("tray", status.Mode);
        Assert.True(status.Activations == 0, $"a fresh tray has handled no activation: {status}");
        Assert.True(status.Checking is not null, $"no boolean 'checking': {status}");
        Assert.True(status.LastCheck is not null, $"no 'lastCheck' (null or an object): {status}");
        Assert.True(
            DateTimeOffset.TryParse(status.StartedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset startedAt),
            $"'startedAt' is not ISO 8601: {status}");
        Assert.InRange(startedAt, before.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact(Timeout = 60_000)]
    public async Task Second_tray_is_refused_and_names_the_running_pid()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        (StationProcess first, _) = await Station.StartTrayAsync(dir);

        // Act
        StationResult second = await StationProcess.RunAsync(dir, ["tray"], Station.CommandTimeout);

        // Assert
        Assert.True(second.ExitCode == 1, second.ToString());
        Assert.Contains($"update-station is already running (pid {first.Pid})", second.Stderr, StringComparison.Ordinal);
        Assert.False(first.HasExited, "the running tray must survive a refused second one");
        Assert.Equal(first.Pid, (await Station.RequireStatusAsync(dir)).Pid);
    }

    [Fact(Timeout = 60_000)]
    public async Task Bare_command_runs_the_tray()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        StationProcess tray = StationProcess.Start(dir, []);
        StatusReport status = await Station.WaitForInstanceAsync(dir, tray);

        // Assert
        Assert.Equal("tray", status.Mode);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(Signals.SIGTERM)]
    [InlineData(Signals.SIGINT)]
    public async Task User_can_stop_the_tray_cleanly_with_a_termination_signal(int signal)
    {
        // Arrange
        if (signal == Signals.SIGINT && ProcEntry.Has(ProcEntry.SignalMask(Environment.ProcessId, "SigIgn"), Signals.SIGINT))
        {
            Assert.Skip("The test runner ignores SIGINT (started in the background?), so its children inherit the ignore.");
        }

        await using RuntimeDir dir = RuntimeDir.Create();
        (StationProcess tray, _) = await Station.StartTrayAsync(dir);

        // Act
        tray.Signal(signal);
        StationResult exit = await tray.WaitForExitAsync(Station.StartTimeout);

        // Assert
        Assert.True(exit.ExitCode == 0, $"signal {signal}: {exit}");
        Assert.Null(await Station.StatusAsync(dir));
    }

    [Fact(Timeout = 60_000)]
    public async Task Tray_process_title_is_update_station()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        (StationProcess tray, _) = await Station.StartTrayAsync(dir);

        // Assert
        Assert.Equal("update-station", ProcEntry.Comm(tray.Pid));
    }

    [Fact(Timeout = 60_000)]
    public async Task Tray_started_through_a_differently_named_link_still_titles_itself_update_station()
    {
        // Arrange: exec through a symlink sets comm to the link's name, so only the instance's own prctl can fix it.
        await using RuntimeDir dir = RuntimeDir.Create();
        string link = Path.Combine(dir.Root, "us-launch-link");
        File.CreateSymbolicLink(link, StationBinary.Path);

        // Act
        (StationProcess tray, _) = await Station.StartTrayAsync(dir, new StartOptions { Executable = link });

        // Assert
        Assert.Equal("update-station", ProcEntry.Comm(tray.Pid));
    }

    [Fact(Timeout = 60_000)]
    public async Task Tray_holds_an_exclusive_flock_on_instance_lock_in_a_private_runtime_dir()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        (StationProcess tray, _) = await Station.StartTrayAsync(dir);

        // Assert
        FileStatus stationDir = FileStatus.Of(dir.StationDir);
        Assert.Equal(UnixUser.CurrentUid, stationDir.Uid);
        Assert.Equal("700", stationDir.OctalMode);
        Assert.True(File.Exists(Path.Combine(dir.StationDir, "instance.json")), "no instance.json");
        string lockPath = Path.Combine(dir.StationDir, "instance.lock");
        IReadOnlyList<FileLockEntry> locks = FileLockEntry.HeldOn(lockPath);
        Assert.Contains(locks, l => l.Kind == "FLOCK" && l.Access == "WRITE" && l.Pid == tray.Pid);
    }

    [Fact(Timeout = 90_000)]
    public async Task User_can_start_a_tray_again_after_the_last_one_was_SIGKILLed()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        (StationProcess killed, _) = await Station.StartTrayAsync(dir);
        killed.Signal(Signals.SIGKILL);
        await killed.WaitForExitAsync(Station.StartTimeout);
        StatusReport? between = await Station.StatusAsync(dir);

        // Act
        (StationProcess next, StatusReport status) = await Station.StartTrayAsync(dir);

        // Assert
        Assert.Null(between);
        Assert.Equal(next.Pid, status.Pid);
        Assert.Equal("tray", status.Mode);
    }

    [Fact(Timeout = 120_000)]
    public async Task Trays_started_together_leave_exactly_one_running_and_the_others_name_it()
    {
        // Arrange
        const int Count = 5;
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        StationProcess[] trays = [.. Enumerable.Range(0, Count).Select(_ => StationProcess.Start(dir, ["tray"]))];
        await Poll.UntilAsync(() => trays.Count(t => t.HasExited) >= Count - 1, TimeSpan.FromSeconds(60),
            () => $"{Count - 1} of {Count} racing trays give up; {trays.Count(t => t.HasExited)} have");
        StationProcess winner = Assert.Single(trays, t => !t.HasExited);
        StatusReport status = await Station.RequireStatusAsync(dir);
        StationResult[] losers = await Task.WhenAll(trays.Where(t => t != winner).Select(t => t.WaitForExitAsync(Station.StartTimeout)));

        // Assert
        Assert.Equal(winner.Pid, status.Pid);
        Assert.All(losers, r =>
        {
            Assert.True(r.ExitCode == 1, r.ToString());
            Assert.Contains($"update-station is already running (pid {winner.Pid})", r.Stderr, StringComparison.Ordinal);
        });
    }

    [Fact(Timeout = 60_000)]
    public async Task Headless_tray_logs_each_activation_to_stderr()
    {
        // Arrange: the tray logs its start; only what comes after that is the activation's.
        await using RuntimeDir dir = RuntimeDir.Create();
        (StationProcess tray, _) = await Station.StartTrayAsync(dir);
        int before = tray.Stderr.Length;

        // Act
        StationResult checkNow = await Station.CheckNowAsync(dir);

        // Assert
        Assert.True(checkNow.ExitCode == 0, checkNow.ToString());
        await Poll.UntilAsync(() => tray.Stderr[before..].Contains("activation 1: checking for updates", StringComparison.Ordinal),
            Station.StartTimeout, () => $"the tray logs the activation on stderr; it wrote:\n{tray.Stderr}");
    }

    [Fact(Timeout = 90_000)]
    public async Task Tray_started_while_a_check_now_instance_runs_waits_for_it_and_then_becomes_the_instance()
    {
        // Arrange: a check-now instance, held mid-check.
        await using RuntimeDir dir = RuntimeDir.Create();
        dir.CloseGate();
        await using StationProcess checkNow = StationProcess.Start(dir, ["check-now"]);
        await Station.WaitForInstanceAsync(dir, checkNow);

        // Act
        await using StationProcess tray = StationProcess.Start(dir, ["tray"]);
        await Poll.UntilAsync(() => tray.Stderr.Contains("takes over when it exits", StringComparison.Ordinal) || tray.HasExited,
            Station.StartTimeout, () => $"the tray decides to wait; stderr:\n{tray.Stderr}");
        Assert.False(tray.HasExited, $"the tray gave up while a check-now instance ran:\n{tray.Stderr}");
        dir.OpenGate();
        StationResult oneShot = await checkNow.WaitForExitAsync(TimeSpan.FromSeconds(60));
        StatusReport status = await Station.WaitForInstanceAsync(dir, tray);

        // Assert
        Assert.True(oneShot.ExitCode == 0, oneShot.ToString());
        Assert.Equal("tray", status.Mode);
    }

    [Fact(Timeout = 60_000)]
    public async Task Tray_publishes_its_last_plan_in_plan_json_with_the_fields_check_json_prints()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        await Station.StartTrayAsync(dir);
        string planFile = Path.Combine(dir.StationDir, "plan.json");
        StationResult check = await StationProcess.RunAsync(dir, ["check", "--json"], Station.CommandTimeout);

        // Act
        StationResult checkNow = await Station.CheckNowAsync(dir);
        await Poll.UntilAsync(() => File.Exists(planFile), Station.StartTimeout, () => "plan.json appears after the check");

        // Assert
        Assert.True(checkNow.ExitCode == 0, checkNow.ToString());
        Assert.True(check.ExitCode == 0, check.ToString());
        using JsonDocument published = JsonDocument.Parse(File.ReadAllText(planFile));
        using JsonDocument printed = JsonDocument.Parse(check.Stdout);
        Assert.Equal(Names(printed.RootElement), Names(published.RootElement));
        Assert.Equal("600", FileStatus.Of(planFile).OctalMode);
    }

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
}
