namespace UpdateStation.Tests;

/// <summary>The legacy tray icon (GtkStatusIcon) in trayer, a panel that only embeds XEmbed icons.</summary>
public sealed class LegacyIconSpecs(DesktopSession desktop) : IClassFixture<DesktopSession>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    [Fact(Timeout = 120_000)]
    public async Task User_can_see_the_legacy_icon_embedded_in_an_XEmbed_tray_and_open_the_window_with_a_click()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        await using StationProcess trayer = await StartTrayerAsync();
        await Station.StartTrayAsync(dir);

        // Act
        StationProcess icon = await StartIconAsync(dir);
        string id = await ClickIconAsync(icon, "1");

        // Assert
        StationResult tree = await desktop.RunAsync(["xwininfo", "-id", id, "-tree"]);
        string parent = tree.Stdout.Split('\n').Single(line => line.Contains("Parent window id:", StringComparison.Ordinal));
        Assert.DoesNotContain("(the root window)", parent, StringComparison.Ordinal);
        WindowState window = await Poll.UntilAsync(() => Task.FromResult(WindowState.Read(dir)), s_timeout, () => "a click opens the window");
        Assert.True(ProcEntry.IsAlive(window.Pid));
        Signals.Send(window.Pid, Signals.SIGTERM); // Not a child of the test: the icon started it.
        Assert.False(icon.HasExited);
    }

    [Fact(Timeout = 120_000)]
    public async Task Check_for_Updates_in_the_menu_is_an_activation_of_the_instance()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        dir.CloseGate();
        await using StationProcess trayer = await StartTrayerAsync();
        (_, StatusReport before) = await Station.StartTrayAsync(dir);
        StationProcess icon = await StartIconAsync(dir);

        // Act
        await OpenMenuAsync(icon);
        await ScreenReader.PressAsync(desktop, icon, "Check for Updates");

        // Assert
        StatusReport after = await Poll.UntilAsync(
            async () => await Station.StatusAsync(dir) is { } s && s.Activations > before.Activations ? s : null,
            s_timeout,
            () => "the instance counts the activation");
        Assert.Equal(before.Activations + 1, after.Activations);
        dir.OpenGate();
    }

    [Fact(Timeout = 120_000)]
    public async Task Quit_in_the_menu_stops_the_instance_and_the_icon_goes_with_it()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        await using StationProcess trayer = await StartTrayerAsync();
        (StationProcess tray, _) = await Station.StartTrayAsync(dir);
        StationProcess icon = await StartIconAsync(dir);

        // Act
        await OpenMenuAsync(icon);
        await ScreenReader.PressAsync(desktop, icon, "Quit");

        // Assert
        StationResult trayExit = await tray.WaitForExitAsync(s_timeout);
        StationResult iconExit = await icon.WaitForExitAsync(s_timeout);
        Assert.True(trayExit.ExitCode == 0, trayExit.ToString());
        Assert.True(iconExit.ExitCode == 0, iconExit.ToString());
        Assert.Null(await Station.StatusAsync(dir));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_second_legacy_icon_activates_the_first_instead_of_adding_another()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        await using StationProcess trayer = await StartTrayerAsync();
        await Station.StartTrayAsync(dir);
        StationProcess first = await StartIconAsync(dir);

        // Act
        StationResult second = await StationProcess.RunAsync(dir, ["legacy-icon"], Station.CommandTimeout, desktop.Options);

        // Assert
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.False(first.HasExited);
        Assert.Single(await WindowState.VisibleAsync(desktop, first, title: null));
    }

    [Fact(Timeout = 60_000)]
    public async Task Without_an_instance_the_legacy_icon_exits_with_status_3()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        StationResult result = await StationProcess.RunAsync(dir, ["legacy-icon"], Station.CommandTimeout, desktop.Options);

        // Assert
        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("no instance is running", result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith(".\n", result.Stderr, StringComparison.Ordinal);
    }

    private async Task<StationProcess> StartTrayerAsync()
    {
        StationProcess trayer = StationProcess.StartProgram(
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width", "200", "--height", "32"],
            startInfo => startInfo.Environment["DISPLAY"] = desktop.Display);
        await Poll.UntilAsync(
            async () => (await WindowState.VisibleAsync(desktop, trayer, title: null)).Length > 0 ? "" : null,
            s_timeout,
            () => $"trayer maps its panel; stderr: {trayer.Stderr}");
        return trayer;
    }

    /// <summary>
    /// Publishes a plan with an update (the icon hides while up to date, as the original's does), starts
    /// `legacy-icon` and waits until its icon is mapped (embedded: a tray is the only place it maps).
    /// </summary>
    private async Task<StationProcess> StartIconAsync(RuntimeDir dir)
    {
        PlanFile.Publish(dir, PlanFile.Sample("alpha"));
        StationProcess icon = StationProcess.Start(dir, ["legacy-icon"], desktop.Options);
        await Poll.UntilAsync(
            async () =>
            {
                Assert.False(icon.HasExited, $"legacy-icon exited: {icon.Stderr}");
                return (await WindowState.VisibleAsync(desktop, icon, title: null)).FirstOrDefault();
            },
            s_timeout,
            () => $"the tray embeds the icon; its stderr: {icon.Stderr}");
        return icon;
    }

    /// <summary>Clicks <paramref name="button"/> on the icon's window as it is now; the window clicked.</summary>
    /// <remarks>
    /// GTK re-creates a tray icon's window when the tray announces its visual after the icon has docked, so a window
    /// found a moment ago may be gone (xdotool: BadWindow, nothing clicked): then the icon's current window is clicked.
    /// </remarks>
    private async Task<string> ClickIconAsync(StationProcess icon, string button)
    {
        StationResult? failed = null;
        return await Poll.UntilAsync(
            async () =>
            {
                string? window = (await WindowState.VisibleAsync(desktop, icon, title: null)).FirstOrDefault();
                if (window is null)
                {
                    return null;
                }

                StationResult click = await desktop.RunAsync(["xdotool", "mousemove", "--window", window, "4", "4", "click", button]);
                failed = click.ExitCode == 0 ? null : click;
                return failed is null ? window : null;
            },
            s_timeout,
            () => $"a click on the icon; the last attempt: {failed}");
    }

    private async Task OpenMenuAsync(StationProcess icon)
    {
        await ClickIconAsync(icon, "3");
        await ScreenReader.WaitForNamesAsync(desktop, icon, s_timeout, "Show Updates", "Check for Updates", "Quit");
    }
}
