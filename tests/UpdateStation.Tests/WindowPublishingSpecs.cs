using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests;

/// <summary>The window's published state under the instance's host: a write that fails is retried, never fatal.</summary>
public sealed class WindowPublishingSpecs(DesktopSession desktop) : IClassFixture<DesktopSession>
{
    [Fact(Timeout = 120_000)]
    public async Task A_window_whose_state_cannot_be_written_at_first_publishes_it_once_the_way_is_clear()
    {
        // Arrange: a directory where window.json goes, so the publish from the window's first map-event fails.
        await using RuntimeDir dir = RuntimeDir.Create();
        PlanFile.Publish(dir, PlanFile.Sample("alpha"));
        string statePath = Path.Combine(dir.StationDir, "window.json");
        Directory.CreateDirectory(statePath);
        await using StationProcess window = StationProcess.Start(dir, ["window"], desktop.Options);
        await Poll.UntilAsync(
            () =>
            {
                Assert.False(window.HasExited, $"the window exited when its state could not be written.\n{window.Stderr}");
                return window.Stderr.Contains($"cannot publish {statePath}", StringComparison.Ordinal);
            },
            Station.StartTimeout,
            () => $"the window reports that it cannot publish; its stderr: {window.Stderr}");

        // Act
        Directory.Delete(statePath);
        WindowState published = await Poll.UntilAsync(
            () => Task.FromResult(WindowState.Read(dir) is { } s && s.Pid == window.Pid ? s : null),
            Station.StartTimeout,
            () => $"window.json names pid {window.Pid}; it holds {WindowState.Read(dir)?.ToString() ?? "nothing"}");
        StationResult second = await StationProcess.RunAsync(dir, ["window"], Station.CommandTimeout, desktop.Options);

        // Assert
        Assert.Equal("window", published.Mode);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(published.Activations + 1, WindowState.Read(dir)?.Activations);
        Assert.Contains($"published {statePath} again", window.Stderr, StringComparison.Ordinal);
        Assert.False(window.HasExited);
    }
}
