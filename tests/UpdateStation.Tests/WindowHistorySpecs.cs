using UpdateStation.Tests.Shared;
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

    [Fact(Timeout = 120_000)]
    public async Task The_history_reads_the_run_log_the_settings_name()
    {
        // Arrange: `[helper] log` in the system file names a log elsewhere than /var/log, holding one automatic run.
        using SystemSettingsOverlay etc = SystemSettingsOverlay.WithRunLog(out string log);
        File.WriteAllText(log, """
            2026-12-05T02:14:00+00:00 update-station-helper[200]: automatic run started (in its window): updates = security
            2026-12-05T02:14:04+00:00 update-station-helper[200]: upgrade --plan bbbb started
            2026-12-05T02:14:06+00:00 update-station-helper[200]: plan bbbb: 1 changes, 1 security
            2026-12-05T02:14:06+00:00 update-station-helper[200]:   upgrade secpkg-from-the-settings 1.0-1 -> 1.0-1+deb12u1
            2026-12-05T02:14:09+00:00 update-station-helper[200]: done: 1 changes applied

            """);
        await using RuntimeDir dir = RuntimeDir.Create();
        PlanFile.Publish(dir, PlanFile.Sample("alpha"));
        StationProcess window = StationProcess.Start(dir, ["window"], desktop.Options with { Launcher = etc.Launcher });
        await using (window)
        {
            string id = (await Poll.UntilAsync(
                async () => await WindowState.VisibleAsync(desktop, window) is [var one] ? one : null,
                Station.StartTimeout,
                () => $"the window is mapped.\n--- stderr ---\n{window.Stderr}"))!;
            Assert.Equal(0, (await desktop.RunAsync(["xdotool", "windowfocus", "--sync", id])).ExitCode);

            // Act
            Assert.Equal(0, (await desktop.RunAsync(["xdotool", "key", "alt+s"])).ExitCode);
            string text = (await Poll.UntilAsync(
                async () => await ScreenReader.TextAsync(desktop, window, "Past upgrades") is { } t && t.Contains("secpkg", StringComparison.Ordinal) ? t : null,
                s_readTimeout,
                () => $"the History page shows the run of {log}.\n--- stderr ---\n{window.Stderr}"))!;

            // Assert
            Assert.Contains("upgrade secpkg-from-the-settings 1.0-1 -> 1.0-1+deb12u1", text, StringComparison.Ordinal);
            Assert.Contains("automatic", text, StringComparison.Ordinal);
        }
    }
}
