namespace UpdateStation.Tests;

/// <summary>The tray when its desktop session ends: the session bus goes (dbus-daemon killed at logout).</summary>
public sealed class SessionEndSpecs
{
    [Fact(Timeout = 120_000)]
    public async Task When_the_session_bus_goes_away_the_tray_stops_cleanly()
    {
        // Arrange: a private desktop (Xvfb, a session bus) and the tray on it.
        await using DesktopSession desktop = new();
        await desktop.InitializeAsync();
        await using RuntimeDir dir = RuntimeDir.Create();
        StartOptions options = desktop.Options;
        (StationProcess tray, _) = await Station.StartTrayAsync(dir, options);
        await Poll.UntilAsync(
            () => tray.Stderr.Contains("on the session bus", StringComparison.Ordinal),
            Station.StartTimeout,
            () => $"the tray reaches the session bus; its stderr: {tray.Stderr}");

        // Act
        await desktop.StopBusAsync();
        StationResult exit = await tray.WaitForExitAsync(TimeSpan.FromSeconds(30));

        // Assert
        Assert.True(exit.ExitCode == 0, exit.ToString());
        Assert.Single(exit.Stderr.Split('\n'), line => line.Contains("session bus went away", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(dir.StationDir, "instance.json")), "instance.json is removed");
        Assert.Null(await Station.StatusAsync(dir));
        using HeldFileLock released = HeldFileLock.Acquire(Path.Combine(dir.StationDir, "instance.lock"));
    }
}
