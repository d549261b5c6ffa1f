using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests;

/// <summary>The window's published state under the instance's host: a write after the first that fails is retried, never fatal.</summary>
public sealed class WindowPublishingSpecs(DesktopSession desktop) : IClassFixture<DesktopSession>
{
    [Fact(Timeout = 120_000)]
    public async Task An_activation_whose_state_cannot_be_written_is_published_once_the_way_is_clear()
    {
        // Arrange: an open window, and a directory where its next write's temporary file goes.
        await using RuntimeDir dir = RuntimeDir.Create();
        PlanFile.Publish(dir, PlanFile.Sample("alpha"));
        (StationProcess window, WindowState before) = await WindowState.OpenAsync(dir, desktop);
        string statePath = Path.Combine(dir.StationDir, "window.json");
        string blocker = $"{statePath}.{window.Pid}.tmp";
        Directory.CreateDirectory(blocker);

        // Act: a second `window` command activates it; the write of the raised count fails, then the way is cleared.
        await using StationProcess second = StationProcess.Start(dir, ["window"], desktop.Options);
        await Poll.UntilAsync(
            () =>
            {
                Assert.False(window.HasExited, $"the window exited when its state could not be written.\n{window.Stderr}");
                return window.Stderr.Contains($"cannot publish {statePath}", StringComparison.Ordinal);
            },
            Station.StartTimeout,
            () => $"the window reports that it cannot publish; its stderr: {window.Stderr}");
        long countWhileBlocked = WindowState.Read(dir)?.Activations ?? -1;
        Directory.Delete(blocker);
        WindowState after = await Poll.UntilAsync(
            () => Task.FromResult(WindowState.Read(dir) is { } s && s.Activations > before.Activations ? s : null),
            Station.StartTimeout,
            () => $"window.json counts more than {before.Activations} activations; it holds {WindowState.Read(dir)?.ToString() ?? "nothing"}");

        // Assert
        Assert.Equal(before.Activations, countWhileBlocked);
        Assert.Equal((window.Pid, before.Activations + 1), (after.Pid, after.Activations));
        Assert.Contains($"published {statePath} again", window.Stderr, StringComparison.Ordinal);
        Assert.False(window.HasExited);
    }
}
