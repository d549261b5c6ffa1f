using UpdateStation.Tests.Plumbing;

namespace UpdateStation.Tests;

/// <summary>The window's History page on a real X server, read as a screen reader reads it.</summary>
public sealed class WindowHistorySpecs(DesktopSession desktop) : IClassFixture<DesktopSession>
{
    private static readonly TimeSpan s_readTimeout = TimeSpan.FromSeconds(30);

    [Fact(Timeout = 120_000)]
    public async Task User_can_open_the_history_and_go_back_to_the_list()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        PlanFile.Publish(dir, PlanFile.Sample("alpha"));
        (StationProcess window, _) = await WindowState.OpenAsync(dir, desktop);
        string id = Assert.Single(await WindowState.VisibleAsync(desktop, window));
        Assert.Equal(0, (await desktop.RunAsync(["xdotool", "windowfocus", "--sync", id])).ExitCode);

        // Act: History's mnemonic.
        Assert.Equal(0, (await desktop.RunAsync(["xdotool", "key", "alt+s"])).ExitCode);
        string read = await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "Past upgrades", "Back to the List");

        // Assert
        Assert.Contains("History", ScreenReader.Names(read));
    }
}
