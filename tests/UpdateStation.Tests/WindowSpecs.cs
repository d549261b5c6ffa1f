using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests;

/// <summary>The update window on a real X server (Xvfb), read through the accessibility bus as a screen reader reads it.</summary>
public sealed class WindowSpecs(DesktopSession desktop) : IClassFixture<DesktopSession>
{
    private static readonly TimeSpan s_readTimeout = TimeSpan.FromSeconds(30);

    [Fact(Timeout = 120_000)]
    public async Task User_can_open_the_window_and_a_screen_reader_reads_the_packages_of_a_real_apt_plan()
    {
        // Arrange: the plan is what `check --json` prints for a real apt world, published as the instance does.
        await using RuntimeDir dir = RuntimeDir.Create();
        using AptWorld world = AptWorld.Sample().Publish();
        StartOptions apt = new() { Environment = world.Environment };
        StationResult check = await StationProcess.RunAsync(dir, ["check", "--json", "--backend", "apt"], Station.CommandTimeout, apt);
        Assert.True(check.ExitCode == 100, check.ToString());
        PlanFile.Publish(dir, check.Stdout);

        // Act
        (StationProcess window, _) = await WindowState.OpenAsync(dir, desktop);
        string read = await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "secpkg", "beta", "newdep", "oldie");

        // Assert
        HashSet<string> names = ScreenReader.Names(read);
        Assert.Contains("Update Station", names);
        Assert.Contains(names, name => name.EndsWith("updates available (1 security)", StringComparison.Ordinal));
        Assert.Contains("Held back: heldpkg", names);
        Assert.Contains(names, name => name.StartsWith("Package catalogue refreshed", StringComparison.Ordinal));
        Assert.Contains("Check Again", names);
        Assert.Contains("Close", names);
        Assert.DoesNotContain("Try Again", names);
        Assert.False(window.HasExited);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_second_window_command_raises_the_first_instead_of_opening_another()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        PlanFile.Publish(dir, PlanFile.Sample("alpha"));
        (StationProcess first, WindowState before) = await WindowState.OpenAsync(dir, desktop);

        // Act
        StationResult second = await StationProcess.RunAsync(dir, ["window"], Station.CommandTimeout, desktop.Options);

        // Assert
        Assert.True(second.ExitCode == 0, second.ToString());
        WindowState after = WindowState.Read(dir) ?? throw new Xunit.Sdk.XunitException("window.json is gone.");
        Assert.Equal(first.Pid, after.Pid);
        Assert.Equal(before.Activations + 1, after.Activations);
        Assert.Equal(await WindowState.VisibleAsync(desktop, first), await WindowState.VisibleAsync(desktop));
        Assert.Single(await WindowState.VisibleAsync(desktop));
        Assert.False(first.HasExited);
    }

    [Fact(Timeout = 120_000)]
    public async Task Five_window_commands_started_together_make_exactly_one_window()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        StationProcess[] started = [.. Enumerable.Range(0, 5).Select(_ => StationProcess.Start(dir, ["window"], desktop.Options))];
        await Poll.UntilAsync(() => started.Count(p => p.HasExited) >= 4, Station.StartTimeout,
            () => $"four of five delegate and exit; {started.Count(p => p.HasExited)} have");

        // Assert
        StationProcess window = Assert.Single(started, p => !p.HasExited);
        foreach (StationProcess delegated in started.Where(p => p.HasExited))
        {
            StationResult result = await delegated.WaitForExitAsync(Station.CommandTimeout);
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        WindowState state = WindowState.Read(dir) ?? throw new Xunit.Sdk.XunitException("window.json is gone.");
        Assert.Equal(window.Pid, state.Pid);
        Assert.InRange(state.Activations, 1, 4); // Signals that arrive together coalesce into one activation.
        Assert.Single(await WindowState.VisibleAsync(desktop));
    }

    [Fact(Timeout = 120_000)]
    public async Task The_window_follows_the_plan_the_instance_publishes()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        PlanFile.Publish(dir, PlanFile.Sample("alpha"));
        (StationProcess window, _) = await WindowState.OpenAsync(dir, desktop);
        await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "alpha", "1 update available");

        // Act
        PlanFile.Publish(dir, PlanFile.Sample("gamma", "delta"));

        // Assert
        string read = await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "gamma", "delta", "2 updates available");
        Assert.DoesNotContain("alpha", ScreenReader.Names(read));
    }

    [Fact(Timeout = 120_000)]
    public async Task Check_Again_is_an_activation_of_the_instance_and_the_window_shows_the_check()
    {
        // Arrange: the tray's check blocks in the fake pkg until the gate opens.
        await using RuntimeDir dir = RuntimeDir.Create();
        dir.CloseGate();
        (_, StatusReport before) = await Station.StartTrayAsync(dir);
        (StationProcess window, _) = await WindowState.OpenAsync(dir, desktop);
        await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "No check has completed yet");

        // Act
        await ScreenReader.PressAsync(desktop, window, "Check Again");

        // Assert
        await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "Checking for updates…");
        StatusReport during = await Station.RequireStatusAsync(dir);
        Assert.Equal(before.Activations + 1, during.Activations);
        Assert.True(during.Checking == true, during.ToString());
        dir.OpenGate();
    }

    [Fact(Timeout = 120_000)]
    public async Task Escape_closes_the_window_and_it_unpublishes()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        (StationProcess window, _) = await WindowState.OpenAsync(dir, desktop);

        // Act
        string id = Assert.Single(await WindowState.VisibleAsync(desktop, window));
        StationResult key = await desktop.RunAsync(["xdotool", "windowfocus", "--sync", id, "key", "Escape"]);

        // Assert
        Assert.True(key.ExitCode == 0, key.ToString());
        StationResult exit = await window.WaitForExitAsync(Station.StartTimeout);
        Assert.True(exit.ExitCode == 0, exit.ToString());
        Assert.Null(WindowState.Read(dir));
        Assert.Empty(await WindowState.VisibleAsync(desktop, window));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_failed_check_shows_its_error_and_Try_Again()
    {
        // Arrange: no pkg on PATH (not even the stand-in), so the instance's check fails.
        await using RuntimeDir dir = RuntimeDir.Create();
        StartOptions noPkg = new() { Environment = new Dictionary<string, string?> { ["PATH"] = "/usr/bin:/bin" } };
        StationProcess tray = StationProcess.Start(dir, ["tray", "--backend", "pkg"], noPkg);
        await Station.WaitForInstanceAsync(dir, tray);
        (StationProcess window, _) = await WindowState.OpenAsync(dir, desktop);

        // Act
        await ScreenReader.PressAsync(desktop, window, "Check Again");

        // Assert
        string read = await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "Try Again");
        string header = Assert.Single(ScreenReader.Names(read), name => name.StartsWith("Last check failed: ", StringComparison.Ordinal));
        Assert.Contains("pkg", header, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task Check_Again_with_no_instance_running_starts_check_now_which_becomes_the_instance()
    {
        // Arrange: check-now's check blocks in the fake pkg until the gate opens.
        await using RuntimeDir dir = RuntimeDir.Create();
        dir.CloseGate();
        (StationProcess window, _) = await WindowState.OpenAsync(dir, desktop);
        await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "No check has completed yet");

        // Act
        await ScreenReader.PressAsync(desktop, window, "Check Again");

        // Assert
        await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "Checking for updates…");
        StatusReport instance = await Station.RequireStatusAsync(dir);
        Assert.Equal("check-now", instance.Mode);
        int pid = instance.Pid ?? 0;
        dir.OpenGate();
        await Poll.UntilAsync(() => !ProcEntry.IsAlive(pid), Station.StartTimeout, () => $"check-now (pid {pid}) exits after its check");

        // check-now raised this window with its published plan before it exited (the fake pkg is always up to date).
        await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "Up to date", "Check Again");
    }

    [Fact(Timeout = 120_000)]
    public async Task Every_control_is_reachable_with_Tab()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        PlanFile.Publish(dir, PlanFile.Sample("alpha"));
        (StationProcess window, _) = await WindowState.OpenAsync(dir, desktop);
        string id = Assert.Single(await WindowState.VisibleAsync(desktop, window));
        Assert.Equal(0, (await desktop.RunAsync(["xdotool", "windowfocus", "--sync", id])).ExitCode);

        // Act
        List<string> focused = [];
        for (int press = 0; press < 7; press++)
        {
            focused.Add(await ScreenReader.FocusedAsync(desktop, window));
            Assert.Equal(0, (await desktop.RunAsync(["xdotool", "key", "Tab"])).ExitCode);
        }

        // Assert
        Assert.Contains("tree table\tUpdates", focused);
        Assert.Contains("push button\tCheck Again", focused);
        Assert.Contains("push button\tClose", focused);
        Assert.Contains("push button\tHistory", focused);
    }

    [Fact(Timeout = 60_000)]
    public async Task Without_a_display_the_window_command_says_so_in_one_line()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        StationResult result = await StationProcess.RunAsync(dir, ["window"], Station.CommandTimeout);

        // Assert
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            "update-station: No display to show the window on: DISPLAY and WAYLAND_DISPLAY are unset (the window needs a desktop session).",
            result.Stderr.TrimEnd('\n'));
        Assert.Null(WindowState.Read(dir));
    }

    [Theory(Timeout = 60_000)]
    [InlineData("window.lock")]
    [InlineData("window.json")]
    public async Task A_directory_where_the_window_keeps_its_lock_or_state_is_named_in_words(string file)
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        Directory.CreateDirectory(dir.StationDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string path = Path.Combine(dir.StationDir, file);
        Directory.CreateDirectory(path);

        // Act
        StationResult result = await StationProcess.RunAsync(dir, ["window"], Station.CommandTimeout, desktop.Options);

        // Assert
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("update-station: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{path}: it is a directory.", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("errno", result.Stderr, StringComparison.Ordinal);
    }
}
