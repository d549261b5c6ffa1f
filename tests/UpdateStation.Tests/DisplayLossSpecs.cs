namespace UpdateStation.Tests;

/// <summary>The X server going away under the window and the legacy icon: one line on standard error, exit 1.</summary>
/// <remarks>Each spec has a desktop of its own, since it kills that desktop's X server.</remarks>
public sealed class DisplayLossSpecs
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    [Fact(Timeout = 120_000)]
    public async Task When_the_X_server_goes_away_the_window_says_so_in_one_line_and_exits_1()
    {
        // Arrange
        await using DesktopSession desktop = new();
        await desktop.InitializeAsync();
        await using RuntimeDir dir = RuntimeDir.Create();
        PlanFile.Publish(dir, PlanFile.Sample("alpha"));
        (StationProcess window, _) = await WindowState.OpenAsync(dir, desktop);

        // Act
        await desktop.StopDisplayAsync();

        // Assert
        StationResult exit = await window.WaitForExitAsync(s_timeout);
        AssertOneLine(exit, "the window");
        Assert.Null(WindowState.Read(dir));
    }

    [Fact(Timeout = 120_000)]
    public async Task When_the_X_server_goes_away_the_legacy_icon_says_so_in_one_line_and_exits_1()
    {
        // Arrange: the tray is headless, so it outlives the display.
        await using DesktopSession desktop = new();
        await desktop.InitializeAsync();
        await using RuntimeDir dir = RuntimeDir.Create();
        (StationProcess tray, _) = await Station.StartTrayAsync(dir);
        PlanFile.Publish(dir, PlanFile.Sample("alpha"));
        StationProcess icon = StationProcess.Start(dir, ["legacy-icon"], desktop.Options);
        string state = Path.Combine(dir.StationDir, "legacy-icon.json");
        await Poll.UntilAsync(
            () =>
            {
                Assert.False(icon.HasExited, $"legacy-icon exited: {icon.Stderr}");
                return Task.FromResult(File.Exists(state) ? "" : null);
            },
            s_timeout,
            () => "the legacy icon publishes its state");

        // Act
        await desktop.StopDisplayAsync();

        // Assert
        StationResult exit = await icon.WaitForExitAsync(s_timeout);
        AssertOneLine(exit, "the tray icon");
        Assert.False(File.Exists(state), "legacy-icon.json is unpublished");
        Assert.False(tray.HasExited);
    }

    private static void AssertOneLine(StationResult exit, string what)
    {
        Assert.True(exit.ExitCode == 1, exit.ToString());
        Assert.EndsWith(".\n", exit.Stderr, StringComparison.Ordinal);
        string line = Assert.Single(exit.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("update-station: ", line, StringComparison.Ordinal);
        Assert.Contains("went away", line, StringComparison.Ordinal);
        Assert.Contains(what, line, StringComparison.Ordinal);
    }
}
