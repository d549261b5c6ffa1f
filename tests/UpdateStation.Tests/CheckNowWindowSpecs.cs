using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests;

/// <summary>check-now on a desktop (a display and a session bus) with no instance running: one check, then the window.</summary>
public sealed class CheckNowWindowSpecs(DesktopSession desktop, SharedAptWorld sample) : IClassFixture<DesktopSession>, IClassFixture<SharedAptWorld>
{
    [Fact(Timeout = 180_000)]
    public async Task Check_now_on_a_desktop_checks_once_opens_the_window_and_exits_with_the_lock_released()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        AptWorld world = sample.World;
        StartOptions options = new() { Environment = new Dictionary<string, string?>(desktop.Environment.Concat(world.Environment)) };

        // Act
        StationResult checkNow = await StationProcess.RunAsync(dir, ["check-now", "--backend", "apt"], TimeSpan.FromSeconds(90), options);

        // Assert: the window is up and shows the published plan; the terminal got no table; nothing holds the instance lock.
        Assert.True(checkNow.ExitCode == 0, checkNow.ToString());
        Assert.DoesNotContain("secpkg", checkNow.Stdout, StringComparison.Ordinal);
        WindowState window = WindowState.Read(dir) ?? throw new Xunit.Sdk.XunitException($"no window.json after check-now.\n{checkNow}");
        Assert.Single(await WindowState.VisibleAsync(desktop));
        Assert.Contains("secpkg", File.ReadAllText(Path.Combine(dir.StationDir, "plan.json")), StringComparison.Ordinal);
        Assert.Null(await Station.StatusAsync(dir, options));
        Assert.True(Directory.Exists($"/proc/{window.Pid}"), "the window outlives the check-now that started it");
    }

    [Fact(Timeout = 180_000)]
    public async Task Check_now_without_a_display_prints_the_plan_as_before()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        AptWorld world = sample.World;
        Dictionary<string, string?> environment = new(world.Environment) { ["DISPLAY"] = null, ["WAYLAND_DISPLAY"] = null };

        // Act
        StationResult checkNow = await StationProcess.RunAsync(dir, ["check-now", "--backend", "apt"], TimeSpan.FromSeconds(90), new() { Environment = environment });

        // Assert
        Assert.True(checkNow.ExitCode == 0, checkNow.ToString());
        Assert.Contains("secpkg", checkNow.Stdout, StringComparison.Ordinal);
        Assert.Null(WindowState.Read(dir));
    }
}
