using System.Globalization;
using System.Text.Json;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests;

/// <summary>
/// The tray tells of automatic runs from the run log its settings name (`[helper] log` in the system file, laid over
/// /etc for the tray alone): a real tray on a desktop with dunst, the log in the helper's format (RunLog.ForHelper).
/// </summary>
public sealed class AutomaticRunNotificationSpecs(PanelDesktop desktop) : IClassFixture<PanelDesktop>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    [Fact(Timeout = 240_000)]
    public async Task An_automatic_run_is_notified_once_and_not_again_after_a_tray_restart()
    {
        // Arrange: an automatic run that installed two security updates and asks for a restart.
        using SystemSettingsOverlay etc = SystemSettingsOverlay.WithRunLog(out string log);
        DateTimeOffset ended = AppendRun(log, 200, "done: 2 changes applied; a restart is needed");
        await using RuntimeDir dir = RuntimeDir.Create();
        using AptWorld world = AptWorld.Sample().Publish();
        await ClearAsync(fresh: true);

        // Act: a tray, then another after it stopped, which meets a second run written in between.
        await using (StationProcess first = await StartTrayAsync(dir, world, etc))
        {
            await WaitForToldAsync(first, Installed(2, ended, security: true));
            first.Signal(15);
            await first.WaitForExitAsync(s_timeout);
        }

        DateTimeOffset later = AppendRun(log, 300, "done: 1 changes applied", security: 0, at: ended.AddMinutes(5));
        await using StationProcess second = await StartTrayAsync(dir, world, etc);
        await WaitForToldAsync(second, Installed(1, later, security: false));

        // Assert: the first run was told once, with the restart; the restarted tray told only the new one.
        List<(string Summary, string Body)> told = await ToldAsync();
        Assert.Single(told, n => n.Summary == Installed(2, ended, security: true));
        Assert.Equal("Restart the computer to finish", told.Single(n => n.Summary == Installed(2, ended, security: true)).Body);
        Assert.Single(told, n => n.Summary == Installed(1, later, security: false));
    }

    [Fact(Timeout = 180_000)]
    public async Task A_failed_automatic_run_is_notified_with_its_reason_and_the_log()
    {
        // Arrange
        using SystemSettingsOverlay etc = SystemSettingsOverlay.WithRunLog(out string log);
        DateTimeOffset ended = AppendRun(log, 400, "failed (failed): apt-get exited with 100: E: Sub-process /usr/bin/dpkg returned an error code (1)");
        string summary = $"Automatic updates failed at {At(ended)}";
        await using RuntimeDir dir = RuntimeDir.Create();
        using AptWorld world = AptWorld.Sample().Publish();
        await ClearAsync(fresh: true);

        // Act
        await using StationProcess tray = await StartTrayAsync(dir, world, etc);
        await WaitForToldAsync(tray, summary);

        // Assert
        (string _, string body) = Assert.Single(await ToldAsync(), n => n.Summary == summary);
        Assert.Equal($"apt-get exited with 100: E: Sub-process /usr/bin/dpkg returned an error code (1) (see the log {log})", body);
    }

    [Fact(Timeout = 240_000)]
    public async Task The_real_helpers_automatic_run_is_told_with_its_security_count()
    {
        // Arrange: the real `update-station-helper automatic` installs the one security update of an apt world.
        using SystemSettingsOverlay etc = SystemSettingsOverlay.WithRunLog(out string _);
        using AptWorld world = AptWorld.Create(rootOnly: true)
            .Offer(new AptPackage("alpha", "1.1-1"))
            .Offer(new AptPackage("secpkg", "1.0-1+deb12u1"), AptWorld.Security)
            .Install(new AptPackage("alpha", "1.0-1"))
            .Install(new AptPackage("secpkg", "1.0-1"))
            .Publish();
        using Helper.HelperInstall helper = Helper.HelperInstall.Create(world.ConfigPath);
        File.AppendAllText(helper.SettingsPath, $"\nstate-directory = \"{Path.Combine(helper.Directory, "state")}\"\n\n[automatic]\nupdates = \"security\"\n");
        Helper.HelperRun run = await helper.RunAsync(["automatic"], TestContext.Current.CancellationToken);
        Assert.True(run.ExitCode == 0, run.ToString());
        File.WriteAllText(Path.Combine(etc.Directory, "etc", "update-station", "settings.toml"), $"[helper]\nlog = \"{helper.LogPath}\"\n");
        await using RuntimeDir dir = RuntimeDir.Create();
        await ClearAsync(fresh: true);

        // Act
        await using StationProcess tray = await StartTrayAsync(dir, world, etc);
        string last = File.ReadAllLines(helper.LogPath).Last(l => l.Contains("update-station-helper[", StringComparison.Ordinal));
        DateTimeOffset ended = DateTimeOffset.ParseExact(last[..last.IndexOf(' ', StringComparison.Ordinal)], "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        string summary = $"1 security update was installed automatically at {At(ended)}";
        await WaitForToldAsync(tray, summary);

        // Assert
        Assert.Single(await ToldAsync(), n => n.Summary == summary);
    }

    /// <summary>Appends an automatic run as the helper logs it (AutomaticRun, PlannedUpgrade); returns when it ended.</summary>
    private static DateTimeOffset AppendRun(string log, int pid, string end, int security = 2, DateTimeOffset? at = null)
    {
        DateTimeOffset started = at ?? DateTimeOffset.Now.AddMinutes(-30);
        string Line(int seconds, string text) =>
            $"{started.AddSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)} update-station-helper[{pid}]: {text}\n";
        bool both = end.StartsWith("failed", StringComparison.Ordinal) || security == 2;
        File.AppendAllText(log, string.Concat(
            Line(0, "automatic run started (in its window): updates = security"),
            Line(3, "upgrade --plan aaaa started"),
            Line(5, $"plan aaaa: {(both ? 2 : 1)} changes, {security} security"),
            Line(5, "  upgrade secpkg 1.0-1 -> 1.0-1+deb12u1"),
            both ? Line(5, "  upgrade libsec 1.0-1 -> 1.0-1+deb12u1") : "",
            "Unpacking secpkg (1.0-1+deb12u1) over (1.0-1) ...\n",
            Line(70, end)));
        return started.AddSeconds(70);
    }

    private static string At(DateTimeOffset time) => time.ToLocalTime().ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Installed(int count, DateTimeOffset ended, bool security) =>
        security ? $"{count} security updates were installed automatically at {At(ended)}"
        : $"{count} update{(count == 1 ? " was" : "s were")} installed automatically at {At(ended)}";

    private async Task<StationProcess> StartTrayAsync(RuntimeDir dir, AptWorld world, SystemSettingsOverlay etc)
    {
        StartOptions options = new() { Environment = new Dictionary<string, string?>(desktop.Environment.Concat(world.Environment)) };
        StationProcess tray = StationProcess.Start(dir, ["tray", "--backend", "apt", "--first-check-delay", "0"], options with { Launcher = etc.Launcher });
        await Station.WaitForInstanceAsync(dir, tray, options);
        return tray;
    }

    /// <summary>dunst forgets what it showed, and (<paramref name="fresh"/>) the user's state dir what was told.</summary>
    private async Task ClearAsync(bool fresh)
    {
        await desktop.RunAsync("dunstctl", "close-all");
        await desktop.RunAsync("dunstctl", "history-clear");
        string state = Path.Combine(desktop.Environment["XDG_STATE_HOME"]!, "update-station");
        if (fresh && Directory.Exists(state))
        {
            Directory.Delete(state, recursive: true);
        }
    }

    private async Task WaitForToldAsync(StationProcess tray, string summary)
    {
        List<(string, string)> last = [];
        await Poll.UntilAsync(
            async () =>
            {
                Assert.False(tray.HasExited, $"the tray exited.\n--- stderr ---\n{tray.Stderr}");
                last = await ToldAsync();
                return last.Any(n => n.Item1 == summary) ? "" : null;
            },
            s_timeout,
            () => $"dunst was told '{summary}'; it was told {string.Join("; ", last)}\n--- tray stderr ---\n{tray.Stderr}");
    }

    /// <summary>Update Station's notifications so far (dunst lists closed ones in its history: every shown one is closed first).</summary>
    private async Task<List<(string Summary, string Body)>> ToldAsync()
    {
        await desktop.RunAsync("dunstctl", "close-all");
        StationResult history = await desktop.RunAsync("dunstctl", "history");
        using JsonDocument json = JsonDocument.Parse(history.Stdout);
        return [.. json.RootElement.GetProperty("data")[0].EnumerateArray()
            .Where(n => n.GetProperty("appname").GetProperty("data").GetString() == "Update Station")
            .Select(n => (n.GetProperty("summary").GetProperty("data").GetString() ?? "", n.GetProperty("body").GetProperty("data").GetString() ?? ""))];
    }
}
