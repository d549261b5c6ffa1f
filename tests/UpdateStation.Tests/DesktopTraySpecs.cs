using System.Globalization;
using System.Text.Json;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests;

/// <summary>
/// The tray on a desktop with a panel (xfce4-panel, the StatusNotifierItem host) and a notification server (dunst),
/// checking a real apt world: what the panel and the notification server see, over the session bus. The checks only
/// read the sample world, so the class shares one; the terminal's upgrade installs into a world of its own.
/// </summary>
public sealed class DesktopTraySpecs(PanelDesktop desktop, SharedAptWorld sample) : IClassFixture<PanelDesktop>, IClassFixture<SharedAptWorld>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    [Fact(Timeout = 180_000)]
    public async Task The_tray_registers_its_icon_shows_the_plan_and_never_loads_GTK()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        AptWorld world = sample.World;

        // Act
        (StationProcess tray, _) = await StartTrayAsync(dir, world);
        string status = await WaitForItemAsync(tray, "Status", s => s == "NeedsAttention");

        // Assert
        Assert.Equal("NeedsAttention", status);
        // The security state's icon: Adwaita's from artifacts/, ours where the system has them installed (the .deb under CI).
        Assert.Contains(await desktop.ItemPropertyAsync(tray.Pid, "IconName"), new[] { "software-update-urgent", "update-station-security-symbolic" });
        StationResult registered = await desktop.RunAsync(
            "dbus-send", "--session", "--print-reply", "--dest=org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
            "org.freedesktop.DBus.Properties.Get", "string:org.kde.StatusNotifierWatcher", "string:RegisteredStatusNotifierItems");
        Assert.Contains($"org.kde.StatusNotifierItem-{tray.Pid}-1", registered.Stdout, StringComparison.Ordinal);
        string maps = File.ReadAllText($"/proc/{tray.Pid}/maps");
        Assert.DoesNotContain("libgtk", maps, StringComparison.Ordinal);
        Assert.DoesNotContain("libgdk", maps, StringComparison.Ordinal);
    }

    [Fact(Timeout = 180_000)]
    public async Task Check_for_Updates_in_the_menu_is_an_activation_and_notifies_once()
    {
        // Arrange: the class shares one dunst, so count from what earlier tests left in its history.
        await desktop.RunAsync("dunstctl", "close-all");
        int before = await CountNotificationsAsync();
        await using RuntimeDir dir = RuntimeDir.Create();
        AptWorld world = sample.World;
        (StationProcess tray, _) = await StartTrayAsync(dir, world);
        await WaitForItemAsync(tray, "Status", s => s == "NeedsAttention");
        await WaitForNotificationsAsync(1);

        // Act: a click on "Check for Updates" (dbusmenu id 2), as the panel sends it.
        StationResult click = await desktop.RunAsync(
            "dbus-send", "--session", "--print-reply", $"--dest=org.kde.StatusNotifierItem-{tray.Pid}-1", "/MenuBar",
            "com.canonical.dbusmenu.Event", "int32:2", "string:clicked", "variant:int32:0", "uint32:0");
        StatusReport after = await Poll.UntilAsync(
            async () => await Station.StatusAsync(dir, Options(world)) is { Activations: 1, Checking: false, LastCheck: not null } s ? s : null,
            s_timeout,
            () => $"one activation, checked; stderr: {tray.Stderr}");

        // Assert: the same plan again is not notified again.
        Assert.True(click.ExitCode == 0, click.ToString());
        Assert.Equal(1, after.Activations);
        await desktop.RunAsync("dunstctl", "close-all");
        Assert.Equal(before + 1, await CountNotificationsAsync());
    }

    [Fact(Timeout = 180_000)]
    public async Task Stopping_the_tray_withdraws_the_notification_it_showed()
    {
        // Arrange: a monitor of the calls to the notification server, then a tray that notifies. The stop follows the
        // Notify at once: a notification that expired first (10 s in dunst) is not withdrawn, and this would fail.
        await desktop.RunAsync("dunstctl", "close-all");
        await using StationProcess monitor = StationProcess.StartProgram(
            ["dbus-monitor", "--session", "type='method_call',interface='org.freedesktop.Notifications'"],
            startInfo => startInfo.Environment["DBUS_SESSION_BUS_ADDRESS"] = desktop.Environment["DBUS_SESSION_BUS_ADDRESS"]);
        await Poll.UntilAsync(() => monitor.Stdout.Contains("NameLost", StringComparison.Ordinal), s_timeout, () => $"dbus-monitor becomes a monitor: {monitor.Stdout}{monitor.Stderr}");
        await using RuntimeDir dir = RuntimeDir.Create();
        AptWorld world = sample.World;
        (StationProcess tray, _) = await StartTrayAsync(dir, world);
        await Poll.UntilAsync(() => monitor.Stdout.Contains("member=Notify", StringComparison.Ordinal), s_timeout, () => $"the tray notifies; stderr: {tray.Stderr}");

        // Act
        Signals.Send(tray.Pid, Signals.SIGTERM);
        StationResult stopped = await tray.WaitForExitAsync(s_timeout);

        // Assert: withdrawn by the tray (CloseNotification), not left to expire, and off the screen.
        Assert.True(stopped.ExitCode == 0, stopped.ToString());
        await Poll.UntilAsync(() => monitor.Stdout.Contains("member=CloseNotification", StringComparison.Ordinal), s_timeout, () => $"the tray calls CloseNotification; the monitor saw: {monitor.Stdout}");
        Assert.Equal(0, await CountDisplayedAsync());
    }

    [Fact(Timeout = 180_000)]
    public async Task An_upgrade_in_a_terminal_turns_the_icon_Passive_with_no_check_now()
    {
        // Arrange: one upgrade on offer; the tray has shown it.
        await using RuntimeDir dir = RuntimeDir.Create();
        using AptWorld world = AptWorld.Create().Offer(new AptPackage("alpha", "1.1-1")).Install(new AptPackage("alpha", "1.0-1")).Publish();
        (StationProcess tray, _) = await StartTrayAsync(dir, world);
        await WaitForItemAsync(tray, "Status", s => s == "Active");
        Assert.True(world.RunWithWorld("apt-get", "-q", "update").ExitCode == 0);

        // Act: the upgrade, by apt-get in the world's root, as in a terminal.
        var upgrade = world.RunWithWorld("apt-get", "-y", "-o", "Dpkg::Use-Pty=0", "upgrade");

        // Assert
        Assert.True(upgrade.ExitCode == 0, upgrade.Error);
        Assert.Equal("Passive", await WaitForItemAsync(tray, "Status", s => s == "Passive"));
        StatusReport status = await Station.RequireStatusAsync(dir, Options(world));
        Assert.Equal(0, status.Activations);
    }

    [Fact(Timeout = 180_000)]
    public async Task Check_now_with_the_tray_running_wakes_it_and_the_tray_opens_the_window()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        AptWorld world = sample.World;
        (StationProcess tray, _) = await StartTrayAsync(dir, world);

        // Act
        StationResult checkNow = await Station.CheckNowAsync(dir, Options(world));
        WindowState window = await Poll.UntilAsync(() => Task.FromResult(WindowState.Read(dir)), s_timeout, () => $"window.json appears; tray stderr: {tray.Stderr}");

        // Assert
        Assert.True(checkNow.ExitCode == 0, checkNow.ToString());
        Assert.Contains($"Asked the running instance (pid {tray.Pid})", checkNow.Stdout, StringComparison.Ordinal);
        Assert.True(Directory.Exists($"/proc/{window.Pid}"), "the window runs");
        Assert.DoesNotContain("libgtk", File.ReadAllText($"/proc/{tray.Pid}/maps"), StringComparison.Ordinal);
    }

    [Fact(Timeout = 180_000)]
    public async Task Without_a_panel_the_legacy_icon_runs_and_goes_when_a_panel_comes()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        AptWorld world = sample.World;
        (StationProcess tray, _) = await StartTrayAsync(dir, world);
        await WaitForItemAsync(tray, "Status", s => s == "NeedsAttention");

        // Act
        await desktop.StopPanelAsync();
        int legacy = int.Parse(
            await Poll.UntilAsync(() => Task.FromResult(PublishedPid(dir, "legacy-icon")?.ToString(CultureInfo.InvariantCulture)), s_timeout, () => $"legacy-icon.json appears; tray stderr: {tray.Stderr}"),
            CultureInfo.InvariantCulture);
        await desktop.StartPanelAsync();
        await Poll.UntilAsync(() => !Directory.Exists($"/proc/{legacy}"), s_timeout, () => $"the legacy icon (pid {legacy}) exits; tray stderr: {tray.Stderr}");

        // Assert: the item is back with the panel, and the legacy icon is gone.
        Assert.Equal("NeedsAttention", await WaitForItemAsync(tray, "Status", s => s == "NeedsAttention"));
        Assert.Null(PublishedPid(dir, "legacy-icon"));
        Assert.False(tray.HasExited);
    }

    private static int? PublishedPid(RuntimeDir dir, string name)
    {
        try
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.StationDir, name + ".json")));
            return json.RootElement.GetProperty("pid").GetInt32();
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return null;
        }
    }

    private StartOptions Options(AptWorld world) => new()
    {
        Environment = new Dictionary<string, string?>(desktop.Environment.Concat(world.Environment)),
    };

    private async Task<(StationProcess, StatusReport)> StartTrayAsync(RuntimeDir dir, AptWorld world)
    {
        await desktop.RunAsync("dunstctl", "history-clear");
        string memory = Path.Combine(desktop.Environment["XDG_STATE_HOME"]!, "update-station");
        if (Directory.Exists(memory))
        {
            Directory.Delete(memory, recursive: true);
        }

        StationProcess tray = StationProcess.Start(dir, ["tray", "--backend", "apt", "--first-check-delay", "0"], Options(world));
        return (tray, await Station.WaitForInstanceAsync(dir, tray, Options(world)));
    }

    private async Task<string> WaitForItemAsync(StationProcess tray, string property, Func<string, bool> wanted)
    {
        string last = "";
        return await Poll.UntilAsync(
            async () =>
            {
                Assert.False(tray.HasExited, $"the tray exited.\n--- stderr ---\n{tray.Stderr}");
                last = await desktop.ItemPropertyAsync(tray.Pid, property);
                return wanted(last) ? last : null;
            },
            s_timeout,
            () => $"the item's {property} is as wanted; it is {last}.\n--- tray stderr ---\n{tray.Stderr}");
    }

    private async Task WaitForNotificationsAsync(int count)
    {
        int last = 0;
        await Poll.UntilAsync(
            async () => (last = await CountDisplayedAsync()) >= count ? "" : null,
            s_timeout,
            () => $"dunst shows {count} notification(s); it shows {last}");
    }

    private async Task<int> CountDisplayedAsync()
    {
        StationResult count = await desktop.RunAsync("dunstctl", "count", "displayed");
        return int.TryParse(count.Stdout.Trim(), out int n) ? n : 0;
    }

    /// <summary>Update Station's notifications in dunst's history (closed ones).</summary>
    private async Task<int> CountNotificationsAsync()
    {
        StationResult history = await desktop.RunAsync("dunstctl", "history");
        using JsonDocument json = JsonDocument.Parse(history.Stdout);
        return json.RootElement.GetProperty("data")[0].EnumerateArray()
            .Count(n => n.GetProperty("appname").GetProperty("data").GetString() == "Update Station");
    }
}
