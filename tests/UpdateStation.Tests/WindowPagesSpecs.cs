using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests;

/// <summary>The window's pages on a real X server (Xvfb), read through the accessibility bus as a screen reader reads them.</summary>
public sealed class WindowPagesSpecs(DesktopSession desktop) : IClassFixture<DesktopSession>
{
    private static readonly TimeSpan s_readTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A plan of three upgrades (one a security update with every detail) and one removal.</summary>
    private static string DetailedPlan()
    {
        string now = DateTimeOffset.Now.ToString("O");
        return $$"""
            {"backend":"apt","checkedAt":"{{now}}","updates":[
             {"name":"zlib","action":"upgrade","currentVersion":"1.2-1","newVersion":"1.3-1","repository":"stable","security":false,"vulnerable":false,"reason":null},
             {"name":"legacy-codec","action":"remove","currentVersion":"0.9-1","newVersion":null,"repository":null,"security":false,"vulnerable":false,"reason":"conflicts with codec-ng"},
             {"name":"openssl","action":"upgrade","currentVersion":"3.0.1-1","newVersion":"3.0.2-1","repository":"bookworm-security","security":true,"vulnerable":false,
              "reason":"a dependency of curl","downloadBytes":2097152,"diskChangeBytes":3072,"summary":"Secure Sockets Layer toolkit",
              "description":"The OpenSSL project's tools.","homepage":"https://www.openssl.org/","advisory":"DSA-5555-1"},
             {"name":"curl","action":"upgrade","currentVersion":"7.88-1","newVersion":"7.88-2","repository":"stable","security":false,"vulnerable":false,"reason":null}],
             "held":[],"downloadBytes":null,"diskChangeBytes":null,"selfUpgradeFirst":false,"catalogueRefreshed":true,"catalogueUpdatedAt":null}
            """;
    }

    [Fact(Timeout = 120_000)]
    public async Task A_screen_reader_reads_the_details_of_the_selected_update()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        StationProcess window = await OpenDetailedPlanAsync(dir, "openssl");

        // Act
        await ScreenReader.SelectAsync(desktop, window, "openssl");

        // Assert
        string read = await ScreenReader.WaitForNamesAsync(
            desktop,
            window,
            s_readTimeout,
            "3.0.1-1 → 3.0.2-1",
            "Secure Sockets Layer toolkit",
            "Security update (DSA-5555-1)",
            "Why: a dependency of curl",
            "Download 2.0 MiB · installed size +3.0 KiB",
            "From bookworm-security",
            "https://www.openssl.org/",
            "The OpenSSL project's tools.",
            "Changelog");
        Assert.DoesNotContain("Select an update to see its details.", ScreenReader.Names(read));
    }

    [Fact(Timeout = 120_000)]
    public async Task Security_updates_come_first_and_a_screen_reader_hears_security_update_with_the_name()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        PlanFile.Publish(dir, DetailedPlan());

        // Act
        (StationProcess window, _) = await WindowState.OpenAsync(dir, desktop);
        string read = await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "openssl", "zlib", "curl", "legacy-codec");

        // Assert: in the table's reading order, the security group, then openssl with its mark, then the rest.
        List<string> cells = [.. read.Split('\n').Select(line => line.Split('\t')).Where(f => f.Length == 3 && f[1] == "table cell").Select(f => f[2])];
        int group = cells.IndexOf("Security updates (1)");
        int openssl = cells.IndexOf("openssl");
        Assert.True(group >= 0 && group < openssl && openssl < cells.IndexOf("zlib"), string.Join(" | ", cells));
        Assert.Equal("security update", cells[openssl + 1]);
        Assert.Equal(1, cells.Count(cell => cell == "security update"));
        Assert.Contains("3 updates available (1 security)", ScreenReader.Names(read));
        Assert.Contains("Also removes 1 package: legacy-codec", ScreenReader.Names(read));
    }

    [Fact(Timeout = 120_000)]
    public async Task Install_asks_before_removing_a_package_naming_it_and_Cancel_is_the_default()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        StationProcess window = await OpenDetailedPlanAsync(dir, "Install Updates");

        // Act
        await ScreenReader.PressAsync(desktop, window, "Install Updates");

        // Assert: the question names the removal; the focus (what Enter presses) is on Cancel; Cancel changes nothing.
        string asked = await ScreenReader.WaitForNamesAsync(
            desktop, window, s_readTimeout, "Installing these updates removes 1 package:", "Remove and Install", "Cancel");
        Assert.Contains("legacy-codec", ScreenReader.Names(asked));
        foreach (string dialog in await WindowState.VisibleAsync(desktop, window, "^Remove packages\\?$"))
        {
            await desktop.RunAsync(["xdotool", "windowfocus", dialog]); // No window manager here gives it the focus.
        }

        string focused = await Poll.UntilAsync(
            async () => await ScreenReader.FocusedAsync(desktop, window) is { Length: > 0 } f ? f : null, s_readTimeout, () => "something has the focus");
        Assert.Equal("push button\tCancel", focused);
        await ScreenReader.PressAsync(desktop, window, "Cancel");
        HashSet<string> after = await Poll.UntilAsync(
            async () => ScreenReader.Names(await ScreenReader.DumpAsync(desktop, window)) is var names && !names.Contains("Remove and Install") ? names : null,
            s_readTimeout,
            () => "the question goes away");
        Assert.Contains("Install Updates", after);
        Assert.DoesNotContain("Installing updates…", after);
    }

    [Fact(Timeout = 120_000)]
    public async Task With_nothing_to_do_the_window_shows_Up_to_date_with_the_last_check_and_no_table()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        PlanFile.Publish(dir, PlanFile.Sample());

        // Act
        (StationProcess window, _) = await WindowState.OpenAsync(dir, desktop);

        // Assert
        string read = await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "Up to date", "Check Again", "Close");
        Assert.Contains(ScreenReader.Names(read), name => name.StartsWith("Last checked today at ", StringComparison.Ordinal));
        Assert.DoesNotContain("\ttree table\t", read, StringComparison.Ordinal);
        Assert.DoesNotContain("Install Updates", ScreenReader.Names(read));
    }

    [Fact(Timeout = 120_000)]
    public async Task The_window_remembers_the_size_the_user_gave_it()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        StationProcess window = await OpenDetailedPlanAsync(dir, "openssl");
        string id = Assert.Single(await WindowState.VisibleAsync(desktop, window));

        // Act
        Assert.Equal(0, (await desktop.RunAsync(["xdotool", "windowsize", "--sync", id, "701", "523"])).ExitCode);
        Assert.Equal(0, (await desktop.RunAsync(["xdotool", "windowfocus", "--sync", id, "key", "Escape"])).ExitCode);
        await window.WaitForExitAsync(Station.StartTimeout);

        // Assert
        string saved = File.ReadAllText(Path.Combine(dir.Root, "state", "update-station", "window-size"));
        Assert.Equal("701 523\n", saved);
    }

    /// <summary>Opens the window on <see cref="DetailedPlan"/> and waits until a screen reader hears <paramref name="name"/>.</summary>
    private async Task<StationProcess> OpenDetailedPlanAsync(RuntimeDir dir, string name)
    {
        PlanFile.Publish(dir, DetailedPlan());
        (StationProcess window, _) = await WindowState.OpenAsync(dir, desktop);
        await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, name);
        return window;
    }
}
