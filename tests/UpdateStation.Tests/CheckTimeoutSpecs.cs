namespace UpdateStation.Tests;

/// <summary>The check-timeout-minutes setting: a check stuck longer (a mirror that never answers) is stopped and fails, saying why.</summary>
public sealed class CheckTimeoutSpecs : IDisposable
{
    private readonly string _config = Directory.CreateTempSubdirectory("update-station-config-").FullName;

    public void Dispose() => Directory.Delete(_config, recursive: true);

    [Fact(Timeout = 180_000)]
    public async Task A_check_longer_than_check_timeout_minutes_is_stopped_and_the_tray_says_why()
    {
        // Arrange: one minute, the shortest the setting allows; the fake pkg answers `upgrade` only after 70 s
        // (its sleep, orphaned when the check stops its shell, ends soon after the test).
        Directory.CreateDirectory(Path.Combine(_config, "update-station"));
        File.WriteAllText(Path.Combine(_config, "update-station", "settings.toml"), "check-timeout-minutes = 1\n");
        await using RuntimeDir dir = RuntimeDir.Create();
        var options = new StartOptions { Environment = new Dictionary<string, string?> { ["XDG_CONFIG_HOME"] = _config, ["FAKE_PKG_DELAY"] = "70" } };
        StationProcess tray = StationProcess.Start(dir, ["tray", "--first-check-delay", "0"], options);
        await Station.WaitForInstanceAsync(dir, tray, options);

        // Act
        StatusReport status = await Poll.UntilAsync(
            async () => await Station.StatusAsync(dir, options) is { Checking: false, LastCheck: { } last } s && last.ValueKind == JsonValueKind.Object ? s : null,
            TimeSpan.FromSeconds(120),
            () => $"the first check ends; tray stderr: {tray.Stderr}");

        // Assert
        string? error = status.LastCheck!.Value.GetProperty("error").GetString();
        Assert.Equal("the check took longer than 1 minute (check-timeout-minutes) and was stopped.", error);
        Assert.Equal(1, dir.UpgradeChecks());
        Assert.False(tray.HasExited, tray.Stderr);
    }
}
