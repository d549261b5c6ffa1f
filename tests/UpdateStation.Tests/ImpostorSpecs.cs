namespace UpdateStation.Tests;

public sealed class ImpostorSpecs
{
    [Fact(Timeout = 90_000)]
    public async Task Decoy_named_update_station_is_never_signalled_and_check_now_becomes_the_instance()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        await using StationProcess decoy = Decoy.Start(dir);

        // Act
        StationResult checkNow = await StationProcess.RunAsync(dir, ["check-now"], TimeSpan.FromSeconds(60));

        // Assert
        Assert.True(checkNow.ExitCode == 0, checkNow.ToString());
        Assert.Null(CheckNowOutput.DelegationLine(checkNow));
        Assert.Equal(1, dir.UpgradeChecks());
        Assert.False(decoy.HasExited, $"the decoy was killed (SIGUSR1's default action): {decoy.Stderr}");
        Assert.True(ProcEntry.IsAlive(decoy.Pid));
    }

    [Fact(Timeout = 90_000)]
    public async Task Decoy_named_update_station_is_never_signalled_when_check_now_delegates_to_the_tray()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        await using StationProcess decoy = Decoy.Start(dir);
        (StationProcess tray, _) = await Station.StartTrayAsync(dir);

        // Act
        StationResult checkNow = await Station.CheckNowAsync(dir);

        // Assert
        Assert.True(checkNow.ExitCode == 0, checkNow.ToString());
        string? line = CheckNowOutput.DelegationLine(checkNow);
        Assert.True(line is not null && CheckNowOutput.NamesPid(line, tray.Pid), checkNow.ToString());
        Assert.False(decoy.HasExited, $"the decoy was killed (SIGUSR1's default action): {decoy.Stderr}");
        Assert.True(ProcEntry.IsAlive(decoy.Pid));
    }
}
