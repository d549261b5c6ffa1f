namespace UpdateStation.Tests;

/// <summary>The lock or the whole runtime directory deleted under a running tray: it takes the lock again, never two instances.</summary>
public sealed class LockRecoverySpecs
{
    [Fact(Timeout = 90_000)]
    public async Task Deleting_instance_lock_under_a_running_tray_never_lets_a_second_one_start()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        (StationProcess tray, _) = await Station.StartTrayAsync(dir);

        // Act
        File.Delete(Planted.LockFile(dir));
        await Poll.UntilAsync(() => HeldBy(dir, tray.Pid), Station.StartTimeout,
            () => $"the tray holds a new instance.lock; its stderr:\n{tray.Stderr}");
        StationResult second = await StationProcess.RunAsync(dir, ["tray"], Station.CommandTimeout);

        // Assert
        Assert.True(second.ExitCode == 1, second.ToString());
        Assert.Contains($"update-station is already running (pid {tray.Pid})", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(tray.Pid, (await Station.RequireStatusAsync(dir)).Pid);
    }

    [Fact(Timeout = 90_000)]
    public async Task Deleting_the_whole_runtime_directory_under_a_running_tray_brings_it_back_private_and_published()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        (StationProcess tray, _) = await Station.StartTrayAsync(dir);

        // Act
        Directory.Delete(dir.StationDir, recursive: true);
        StatusReport? status = null;
        await Poll.UntilAsync(async () => (status = await Station.StatusAsync(dir))?.Pid == tray.Pid ? status : null,
            Station.StartTimeout, () => $"status names the tray again; its stderr:\n{tray.Stderr}");

        // Assert
        Assert.Equal("700", FileStatus.Of(dir.StationDir).OctalMode);
        Assert.True(HeldBy(dir, tray.Pid));
    }

    [Fact(Timeout = 90_000)]
    public async Task A_tray_whose_lock_was_taken_by_a_second_tray_steps_down_with_one_line()
    {
        // Arrange: the lock goes, and a second tray takes the new one before the first looks again.
        await using RuntimeDir dir = RuntimeDir.Create();
        (StationProcess first, _) = await Station.StartTrayAsync(dir);
        File.Delete(Planted.LockFile(dir));
        (StationProcess second, _) = await Station.StartTrayAsync(dir);

        // Act
        StationResult stepped = await first.WaitForExitAsync(Station.StartTimeout);

        // Assert
        Assert.True(stepped.ExitCode == 1, stepped.ToString());
        string last = stepped.Stderr.Trim().Split('\n')[^1];
        Assert.True(last.StartsWith("update-station: another instance (pid ", StringComparison.Ordinal)
            && last.Contains(second.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), stepped.ToString());
        Assert.False(second.HasExited);
        Assert.Equal(second.Pid, (await Station.RequireStatusAsync(dir)).Pid);
    }

    private static bool HeldBy(RuntimeDir dir, int pid) =>
        File.Exists(Planted.LockFile(dir)) && FileLockEntry.HeldOn(Planted.LockFile(dir)).Any(l => l.Access == "WRITE" && l.Pid == pid);
}
