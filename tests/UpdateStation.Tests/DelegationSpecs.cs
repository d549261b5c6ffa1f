namespace UpdateStation.Tests;

public sealed class DelegationSpecs
{
    [Fact(Timeout = 60_000)]
    public async Task User_can_ask_the_running_tray_to_check_now_and_gets_its_acknowledgement()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        (StationProcess tray, StatusReport before) = await Station.StartTrayAsync(dir);

        // Act: the default --timeout (5 s) on purpose.
        StationResult checkNow = await StationProcess.RunAsync(dir, ["check-now"], Station.CommandTimeout);

        // Assert
        Assert.True(checkNow.ExitCode == 0, checkNow.ToString());
        string? line = CheckNowOutput.DelegationLine(checkNow);
        Assert.True(line is not null && CheckNowOutput.NamesPid(line, tray.Pid), $"no 'running instance' line naming pid {tray.Pid}: {checkNow}");
        StatusReport after = await Station.RequireStatusAsync(dir);
        Assert.Equal(tray.Pid, after.Pid);
        Assert.True(after.Activations >= before.Activations + 1, $"acknowledged, yet activations did not go up: before {before}, after {after}");
        Assert.False(tray.HasExited);
    }

    [Fact(Timeout = 60_000)]
    public async Task User_can_wake_the_tray_with_kill_USR1_like_check_now()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        (StationProcess tray, StatusReport before) = await Station.StartTrayAsync(dir);

        // Act: kill(1), as a script written for the original would.
        await using StationProcess kill = StationProcess.StartProgram(["kill", "-USR1", tray.Pid.ToString()]);
        StationResult killed = await kill.WaitForExitAsync(Station.CommandTimeout);

        // Assert
        Assert.True(killed.ExitCode == 0, killed.ToString());
        StatusReport? last = null;
        await Poll.UntilAsync(
            async () => (last = await Station.RequireStatusAsync(dir)).Activations >= before.Activations + 1 ? last : null,
            Station.StartTimeout,
            () => $"activations go up after kill -USR1; last status {last}");
        Assert.False(tray.HasExited, $"the tray died of SIGUSR1:\n{tray.Stderr}");
        Assert.Equal(tray.Pid, last!.Pid);
    }

    [Fact(Timeout = 90_000)]
    public async Task Activation_during_a_check_joins_it_and_is_acknowledged_at_once()
    {
        // Arrange: the check blocks in the fake pkg until the gate opens.
        await using RuntimeDir dir = RuntimeDir.Create();
        dir.CloseGate();
        (StationProcess tray, _) = await Station.StartTrayAsync(dir);
        StationResult first = await Station.CheckNowAsync(dir);
        Assert.True(first.ExitCode == 0, first.ToString());
        StatusReport? seen = null;
        await Poll.UntilAsync(
            async () => (seen = await Station.RequireStatusAsync(dir)).Checking == true && dir.UpgradeChecks() >= 1 ? seen : null,
            Station.StartTimeout,
            () => $"a check is running and has reached pkg upgrade; last status {seen}, pkg log [{string.Join("; ", dir.PkgInvocations())}]");
        int checksBefore = dir.UpgradeChecks();

        // Act
        StationResult joining = await Station.CheckNowAsync(dir);
        StatusReport afterJoin = await Station.RequireStatusAsync(dir);

        // Assert
        Assert.True(joining.ExitCode == 0, joining.ToString());
        Assert.True(afterJoin.Checking == true, $"check-now returned only after the check ended: {afterJoin}");
        Assert.True(afterJoin.Activations >= 2, $"the joining activation was not counted: {afterJoin}");
        dir.OpenGate();
        StatusReport? done = null;
        await Poll.UntilAsync(
            async () => (done = await Station.RequireStatusAsync(dir)).Checking == false ? done : null,
            Station.StartTimeout,
            () => $"the check ends once the gate opens; last status {done}");
        Assert.Equal(checksBefore, dir.UpgradeChecks());
        Assert.False(tray.HasExited);
    }

    [Fact(Timeout = 60_000)]
    public async Task Completed_check_is_published_as_lastCheck()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        await Station.StartTrayAsync(dir);

        // Act
        StationResult checkNow = await Station.CheckNowAsync(dir);
        StatusReport? status = null;
        await Poll.UntilAsync(
            async () => (status = await Station.RequireStatusAsync(dir)).LastCheck is { ValueKind: JsonValueKind.Object } ? status : null,
            Station.StartTimeout,
            () => $"lastCheck becomes an object; last status {status}");

        // Assert
        Assert.True(checkNow.ExitCode == 0, checkNow.ToString());
        JsonElement lastCheck = status!.LastCheck!.Value;
        Assert.True(lastCheck.TryGetProperty("checkedAt", out JsonElement checkedAt) && checkedAt.ValueKind == JsonValueKind.String, $"checkedAt: {status}");
        Assert.True(lastCheck.TryGetProperty("error", out JsonElement error) && error.ValueKind == JsonValueKind.Null, $"the fake pkg reports no error: {status}");
        Assert.True(lastCheck.TryGetProperty("updates", out JsonElement updates) && updates.ValueKind == JsonValueKind.Number && updates.GetInt32() == 0,
            $"the fake pkg reports no updates: {status}");
        Assert.True(lastCheck.TryGetProperty("security", out JsonElement security) && security.ValueKind is JsonValueKind.Number or JsonValueKind.False or JsonValueKind.True,
            $"security: {status}");
    }

    [Fact(Timeout = 60_000)]
    public async Task Tray_started_with_SIGUSR1_ignored_is_still_activated_by_check_now()
    {
        // Arrange: a launcher that ignores SIGUSR1 and execs, so the ignore is inherited as it would be from a careless session.
        await using RuntimeDir dir = RuntimeDir.Create();
        string[] launcher = ["perl", "-e", "$SIG{USR1} = 'IGNORE'; exec { $ARGV[0] } @ARGV or die qq(exec $ARGV[0]: $!\\n);"];
        await using StationProcess probe = StationProcess.StartProgram([.. launcher, "grep", "^SigIgn:", "/proc/self/status"]);
        StationResult probed = await probe.WaitForExitAsync(Station.CommandTimeout);
        Assert.True(probed.ExitCode == 0, probed.ToString());
        Assert.True(ProcEntry.Has(Convert.ToUInt64(probed.Stdout.Split(':')[1].Trim(), 16), Signals.SIGUSR1),
            $"the launcher did not pass SIGUSR1 on as ignored: {probed.Stdout}");
        (StationProcess tray, StatusReport before) = await Station.StartTrayAsync(dir, new StartOptions { Launcher = launcher });

        // Act
        StationResult checkNow = await Station.CheckNowAsync(dir);

        // Assert
        Assert.True(checkNow.ExitCode == 0, $"{checkNow}\n--- tray stderr ---\n{tray.Stderr}");
        StatusReport after = await Station.RequireStatusAsync(dir);
        Assert.True(after.Activations >= before.Activations + 1, $"before {before}, after {after}");
        Assert.False(tray.HasExited);
    }
}
