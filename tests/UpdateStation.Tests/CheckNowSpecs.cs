namespace UpdateStation.Tests;

public sealed class CheckNowSpecs
{
    private static readonly TimeSpan s_checkNowInstanceTimeout = TimeSpan.FromSeconds(60);

    [Fact(Timeout = 90_000)]
    public async Task User_can_check_now_with_no_instance_and_it_does_the_check_itself()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        StationResult checkNow = await StationProcess.RunAsync(dir, ["check-now"], s_checkNowInstanceTimeout);

        // Assert
        Assert.True(checkNow.ExitCode == 0, checkNow.ToString());
        Assert.Null(CheckNowOutput.DelegationLine(checkNow));
        Assert.False(string.IsNullOrWhiteSpace(checkNow.Stdout), $"no result printed: {checkNow}");
        Assert.Equal(1, dir.UpgradeChecks());
        Assert.Null(await Station.StatusAsync(dir));
    }

    [Fact(Timeout = 90_000)]
    public async Task Check_now_without_an_instance_is_the_instance_in_mode_check_now_while_it_runs()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        dir.CloseGate();
        await using StationProcess instance = StationProcess.Start(dir, ["check-now"]);

        // Act
        StatusReport status = await Station.WaitForInstanceAsync(dir, instance);

        // Assert
        Assert.Equal("check-now", status.Mode);
        dir.OpenGate();
        StationResult exit = await instance.WaitForExitAsync(s_checkNowInstanceTimeout);
        Assert.True(exit.ExitCode == 0, exit.ToString());
    }

    [Fact(Timeout = 90_000)]
    public async Task Second_check_now_delegates_to_a_check_now_instance_and_joins_its_check()
    {
        // Arrange: the first check-now's check blocks in the fake pkg until the gate opens.
        await using RuntimeDir dir = RuntimeDir.Create();
        dir.CloseGate();
        await using StationProcess instance = StationProcess.Start(dir, ["check-now"]);
        await Station.WaitForInstanceAsync(dir, instance);
        await Poll.UntilAsync(() => dir.UpgradeChecks() == 1, Station.StartTimeout,
            () => $"the first check-now reaches pkg upgrade; pkg log [{string.Join("; ", dir.PkgInvocations())}]");

        // Act
        StationResult second = await Station.CheckNowAsync(dir);
        StatusReport whileJoined = await Station.RequireStatusAsync(dir);

        // Assert
        Assert.True(second.ExitCode == 0, second.ToString());
        string? line = CheckNowOutput.DelegationLine(second);
        Assert.True(line is not null && CheckNowOutput.NamesPid(line, instance.Pid), $"no 'running instance' line naming {instance.Pid}: {second}");
        Assert.True(whileJoined.Checking == true, $"the second check-now returned only after the check ended: {whileJoined}");
        dir.OpenGate();
        StationResult first = await instance.WaitForExitAsync(s_checkNowInstanceTimeout);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(1, dir.UpgradeChecks());
    }

    [Fact(Timeout = 180_000)]
    public async Task Twenty_check_nows_started_together_with_no_instance_make_exactly_one_check()
    {
        // Arrange: the check stays open until every delegate has been acknowledged, so "together" holds on a slow machine.
        const int Count = 20;
        await using RuntimeDir dir = RuntimeDir.Create();
        dir.CloseGate();

        // Act
        StationProcess[] checkNows = [.. Enumerable.Range(0, Count).Select(_ => StationProcess.Start(dir, ["check-now", "--timeout", "30"]))];
        await Poll.UntilAsync(() => checkNows.Count(p => p.HasExited) >= Count - 1, TimeSpan.FromSeconds(120),
            () => $"{Count - 1} of {Count} check-nows delegate and exit; {checkNows.Count(p => p.HasExited)} have; pkg log [{string.Join("; ", dir.PkgInvocations())}]");
        dir.OpenGate();
        StationResult[] results = await Task.WhenAll(checkNows.Select(p => p.WaitForExitAsync(s_checkNowInstanceTimeout)));

        // Assert
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
        StationResult[] selfChecked = [.. results.Where(r => CheckNowOutput.DelegationLine(r) is null)];
        Assert.True(selfChecked.Length == 1, $"{selfChecked.Length} check-nows did the check themselves:\n{string.Join("\n", selfChecked.Select(r => r.ToString()))}");
        int instancePid = selfChecked[0].Pid;
        Assert.All(results.Except(selfChecked), r => Assert.True(CheckNowOutput.NamesPid(CheckNowOutput.DelegationLine(r)!, instancePid),
            $"a delegate did not name the instance {instancePid}: {r}"));
        Assert.Equal(1, dir.UpgradeChecks());
    }

    [Fact(Timeout = 60_000)]
    public async Task Check_now_gives_up_on_a_stopped_instance_with_exit_4_naming_its_pid()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        (StationProcess tray, _) = await Station.StartTrayAsync(dir);
        tray.Signal(Signals.SIGSTOP);
        StationResult checkNow;
        try
        {
            // Act
            checkNow = await StationProcess.RunAsync(dir, ["check-now", "--timeout", "1"], Station.CommandTimeout);
        }
        finally
        {
            tray.Signal(Signals.SIGCONT);
        }

        // Assert
        Assert.True(checkNow.ExitCode == 4, checkNow.ToString());
        Assert.True(CheckNowOutput.NamesPid(checkNow.Stderr, tray.Pid), $"stderr does not name pid {tray.Pid}: {checkNow}");
        Assert.Contains("did not respond", checkNow.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith(".\n", checkNow.Stderr, StringComparison.Ordinal); // one line ending with a period, as docs/REFERENCE.md promises
        Assert.False(tray.HasExited, "a check-now that timed out must leave the instance alone");
    }

    [Fact(Timeout = 90_000)]
    public async Task Check_now_after_the_instance_was_SIGKILLed_becomes_the_instance_itself()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        (StationProcess tray, _) = await Station.StartTrayAsync(dir);
        tray.Signal(Signals.SIGKILL);
        await tray.WaitForExitAsync(Station.StartTimeout);
        int checksBefore = dir.UpgradeChecks();

        // Act
        StationResult checkNow = await StationProcess.RunAsync(dir, ["check-now"], s_checkNowInstanceTimeout);

        // Assert
        Assert.True(checkNow.ExitCode == 0, checkNow.ToString());
        Assert.Null(CheckNowOutput.DelegationLine(checkNow));
        Assert.Equal(checksBefore + 1, dir.UpgradeChecks());
    }
}
