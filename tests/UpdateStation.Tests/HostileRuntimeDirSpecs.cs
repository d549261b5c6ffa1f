namespace UpdateStation.Tests;

/// <summary>Whatever is planted in the runtime directory, nothing hangs, nothing dies, and errors say what was found.</summary>
public sealed class HostileRuntimeDirSpecs
{
    [Fact(Timeout = 90_000)]
    public async Task A_FIFO_at_instance_json_never_hangs_status_or_check_now()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        Planted.StationDir(dir);
        Planted.Fifo(Planted.StateFile(dir));

        // Act
        StationResult status = await StationProcess.RunAsync(dir, ["status"], Station.CommandTimeout);
        StationResult checkNow = await StationProcess.RunAsync(dir, ["check-now", "--timeout", "2"], TimeSpan.FromSeconds(60));

        // Assert
        Assert.True(status.ExitCode == 3, status.ToString());
        Assert.True(checkNow.ExitCode == 0, checkNow.ToString());
        Assert.Equal(1, dir.UpgradeChecks());
    }

    [Fact(Timeout = 60_000)]
    public async Task A_huge_instance_json_counts_as_no_state()
    {
        // Arrange: 300 MB, sparse.
        await using RuntimeDir dir = RuntimeDir.Create();
        Planted.StationDir(dir);
        using (FileStream huge = File.Create(Planted.StateFile(dir)))
        {
            huge.SetLength(300L * 1024 * 1024);
        }

        // Act
        StationResult status = await StationProcess.RunAsync(dir, ["status"], Station.CommandTimeout);

        // Assert
        Assert.True(status.ExitCode == 3, status.ToString());
    }

    [Theory(Timeout = 90_000)]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task A_stale_state_whose_pid_is_not_positive_never_blocks_check_now(int pid)
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        Planted.StationDir(dir);
        Planted.State(dir, pid);

        // Act
        StationResult checkNow = await StationProcess.RunAsync(dir, ["check-now"], TimeSpan.FromSeconds(60));

        // Assert
        Assert.True(checkNow.ExitCode == 0, checkNow.ToString());
        Assert.Null(CheckNowOutput.DelegationLine(checkNow));
        Assert.Equal(1, dir.UpgradeChecks());
    }

    [Fact(Timeout = 90_000)]
    public async Task A_directory_at_instance_json_never_kills_the_tray_and_its_state_comes_back_once_it_is_gone()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        (StationProcess tray, _) = await Station.StartTrayAsync(dir);
        Planted.DirectoryInPlaceOfTheState(dir);

        // Act: an activation makes the tray publish.
        Signals.Send(tray.Pid, Signals.SIGUSR1);
        await Poll.UntilAsync(() => tray.Stderr.Contains("cannot publish", StringComparison.Ordinal) || tray.HasExited,
            Station.StartTimeout, () => $"the tray reports the failed publication; stderr:\n{tray.Stderr}");
        string[] leftovers = Planted.Leftovers(dir);
        Directory.Delete(Planted.StateFile(dir));

        // Assert
        Assert.False(tray.HasExited, $"the tray died:\n{tray.Stderr}");
        Assert.Empty(leftovers);
        await Poll.UntilAsync(() => File.Exists(Planted.StateFile(dir)), Station.StartTimeout,
            () => $"the state is published again; tray stderr:\n{tray.Stderr}");
        StatusReport status = await Station.RequireStatusAsync(dir);
        Assert.Equal(tray.Pid, status.Pid);
        Assert.True(status.Activations >= 1, status.ToString());
    }

    [Fact(Timeout = 90_000)]
    public async Task A_tray_started_with_a_directory_at_instance_json_runs_and_status_says_what_it_found()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        Planted.StationDir(dir);
        Directory.CreateDirectory(Planted.StateFile(dir));

        // Act
        await using StationProcess tray = StationProcess.Start(dir, ["tray"]);
        await Poll.UntilAsync(() => tray.Stderr.Contains("cannot publish", StringComparison.Ordinal) || tray.HasExited,
            Station.StartTimeout, () => $"the tray reports the failed publication; stderr:\n{tray.Stderr}");
        StationResult status = await StationProcess.RunAsync(dir, ["status"], Station.CommandTimeout);
        StationResult checkNow = await StationProcess.RunAsync(dir, ["check-now", "--timeout", "1"], Station.CommandTimeout);

        // Assert
        Assert.False(tray.HasExited, $"the tray died:\n{tray.Stderr}");
        string found = $"a lock held by an instance whose state is unreadable (pid {tray.Pid};";
        Assert.True(status.ExitCode == 1 && status.Stderr.Contains(found, StringComparison.Ordinal), status.ToString());
        Assert.True(checkNow.ExitCode == 4 && checkNow.Stderr.Contains(found, StringComparison.Ordinal), checkNow.ToString());
        Assert.Single(checkNow.Stderr.Trim().Split('\n'));
    }

    [Fact(Timeout = 60_000)]
    public async Task Check_now_never_blames_a_pid_it_rejected_itself()
    {
        // Arrange: a state naming pid 1 (not ours), and a lock held by someone else (this test).
        await using RuntimeDir dir = RuntimeDir.Create();
        Planted.StationDir(dir);
        Planted.State(dir, 1);
        using HeldFileLock heldLock = HeldFileLock.Acquire(Planted.LockFile(dir));

        // Act
        StationResult checkNow = await StationProcess.RunAsync(dir, ["check-now", "--timeout", "1"], Station.CommandTimeout);

        // Assert
        Assert.True(checkNow.ExitCode == 4, checkNow.ToString());
        Assert.DoesNotContain("(pid 1)", checkNow.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("did not respond", checkNow.Stderr, StringComparison.Ordinal);
        Assert.Contains($"a lock held by an instance whose state is unreadable (pid {Environment.ProcessId};", checkNow.Stderr, StringComparison.Ordinal);
    }
}
