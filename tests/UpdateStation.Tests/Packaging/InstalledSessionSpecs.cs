namespace UpdateStation.Tests.Packaging;

/// <summary>
/// The packaging's acceptance check: after `make install PREFIX=/usr`, a new desktop session (Xvfb, a session bus, xfce4-panel)
/// whose XDG_CONFIG_DIRS is the installed etc/xdg starts the tray from the autostart entry, and the menu entry runs.
/// </summary>
/// <remarks>
/// The entries are run by dex, a real XDG autostart runner (Debian's dex): it finds the autostart entry in
/// XDG_CONFIG_DIRS and runs its Exec as the Desktop Entry specification says, without a shell, through PATH, where the
/// installed bin/ comes first. dex exits once it has started the entry, as a session manager goes on with its work; the
/// tray keeps dex's output pipes, so what it says is still captured. Checks go to the fake pkg (RuntimeDir). Every
/// process of the installed binary (the tray, a window it opened) is stopped afterwards, found by its executable.
/// </remarks>
public sealed class InstalledSessionSpecs(PanelDesktop desktop) : IClassFixture<PanelDesktop>, IDisposable
{
    private const string AppId = "org.updatestation.UpdateStation";
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);
    private readonly StagingDirectory _work = new("installed-session");

    private string Stage => _work["stage"];

    private string InstalledBinary => Path.Combine(Stage, "usr", "bin", "update-station");

    public void Dispose() => _work.Dispose();

    [Fact(Timeout = 180_000)]
    public async Task Autostarted_tray_comes_up_in_a_new_session_after_make_install()
    {
        // Arrange
        await InstallAsync();
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act: the session starts its autostart entries.
        await using StationProcess autostart = Start(dir, ["dex", "--autostart", "--environment", "XFCE"]);
        try
        {
            StatusReport status = await WaitForTrayAsync(dir, autostart);
            string items = await WaitForRegisteredItemAsync(status.Pid!.Value, autostart);
            StationResult runner = await autostart.WaitForExitAsync(s_timeout);

            // Assert
            Assert.True(runner.ExitCode == 0, $"dex --autostart: {runner}");
            Assert.Equal("tray", status.Mode);
            Assert.Equal(InstalledBinary, new FileInfo($"/proc/{status.Pid}/exe").LinkTarget);
            Assert.Contains($"org.kde.StatusNotifierItem-{status.Pid}-1", items, StringComparison.Ordinal);
            // Our icons, found beside the installed binary, and named to the panel with the folder that holds them.
            Assert.Equal(Path.Combine(Stage, "usr", "share", "icons"), await desktop.ItemPropertyAsync(status.Pid.Value, "IconThemePath"));
            Assert.Equal("update-station-updates-symbolic", await desktop.ItemPropertyAsync(status.Pid.Value, "IconName"));
        }
        finally
        {
            await StopInstalledProcessesAsync();
        }
    }

    [Fact(Timeout = 180_000)]
    public async Task Installed_menu_entry_runs_check_now_which_wakes_the_autostarted_tray()
    {
        // Arrange
        await InstallAsync();
        await using RuntimeDir dir = RuntimeDir.Create();
        await using StationProcess autostart = Start(dir, ["dex", "--autostart", "--environment", "XFCE"]);
        try
        {
            StatusReport tray = await WaitForTrayAsync(dir, autostart);

            // Act: what a menu does with the entry, found where the installed menu lives.
            await using StationProcess menu = Start(dir, ["dex", "--wait", Path.Combine(Stage, "usr", "share", "applications", AppId + ".desktop")]);
            StationResult clicked = await menu.WaitForExitAsync(s_timeout);
            StatusReport after = await Poll.UntilAsync(
                async () => await Station.StatusAsync(dir, Installed()) is { Activations: >= 1 } s ? s : null,
                s_timeout,
                () => $"the tray counts an activation; its stderr: {autostart.Stderr}");

            // Assert
            Assert.True(clicked.ExitCode == 0, clicked.ToString());
            Assert.Contains($"Asked the running instance (pid {tray.Pid})", clicked.Stdout, StringComparison.Ordinal);
            Assert.Equal(tray.Pid, after.Pid);
            Assert.Equal(1, after.Activations);
        }
        finally
        {
            await StopInstalledProcessesAsync();
        }
    }

    private async Task InstallAsync()
    {
        string artifacts = ArtifactsTree.Create(_work, withHelper: false);
        await Tool.RequireAsync(["make", "--no-print-directory", "install", $"DESTDIR={Stage}", "PREFIX=/usr", $"ARTIFACTS={artifacts}"]);
        Assert.True(File.Exists(Path.Combine(Stage, "etc", "xdg", "autostart", AppId + ".desktop")), "make install put no autostart entry in etc/xdg/autostart");
    }

    /// <summary>The session's environment: its display, bus and HOME, the installed tree in the XDG and PATH lists.</summary>
    private StationProcess Start(RuntimeDir dir, IReadOnlyList<string> argv) => StationProcess.StartProgram(argv, startInfo =>
    {
        dir.ApplyTo(startInfo.Environment);
        foreach ((string name, string? value) in desktop.Environment)
        {
            startInfo.Environment[name] = value;
        }

        startInfo.Environment["XDG_CONFIG_DIRS"] = Path.Combine(Stage, "etc", "xdg");
        startInfo.Environment["XDG_DATA_DIRS"] = Path.Combine(Stage, "usr", "share");
        startInfo.Environment["PATH"] = Path.Combine(Stage, "usr", "bin") + ":" + startInfo.Environment["PATH"];
    });

    /// <summary>Status through the installed binary (the instance is verified as running the caller's executable).</summary>
    private StartOptions Installed() => new() { Executable = InstalledBinary };

    private async Task<StatusReport> WaitForTrayAsync(RuntimeDir dir, StationProcess autostart) =>
        await Poll.UntilAsync(
            async () => await Station.StatusAsync(dir, Installed()),
            s_timeout,
            () => $"status names the autostarted tray; dex and the tray said: {autostart.Stderr}");

    private async Task<string> WaitForRegisteredItemAsync(int pid, StationProcess autostart)
    {
        string last = "";
        return await Poll.UntilAsync(
            async () =>
            {
                StationResult reply = await desktop.RunAsync(
                    "dbus-send", "--session", "--print-reply", "--dest=org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                    "org.freedesktop.DBus.Properties.Get", "string:org.kde.StatusNotifierWatcher", "string:RegisteredStatusNotifierItems");
                last = reply.Stdout + reply.Stderr;
                return last.Contains($"org.kde.StatusNotifierItem-{pid}-1", StringComparison.Ordinal) ? last : null;
            },
            s_timeout,
            () => $"the panel's watcher lists the tray's item; it said: {last}\n--- tray stderr ---\n{autostart.Stderr}");
    }

    /// <summary>SIGTERM to every process that runs the installed binary, then SIGKILL to what is left after a bound.</summary>
    private async Task StopInstalledProcessesAsync()
    {
        foreach (int pid in InstalledProcesses())
        {
            Signals.Send(pid, Signals.SIGTERM);
        }

        try
        {
            await Poll.UntilAsync(() => InstalledProcesses().Count == 0, Station.StartTimeout, () => "the installed binary's processes exit after SIGTERM");
        }
        finally
        {
            foreach (int pid in InstalledProcesses())
            {
                Signals.Send(pid, Signals.SIGKILL);
            }
        }
    }

    private List<int> InstalledProcesses() =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out int pid) ? pid : 0)
            .Where(pid => pid > 0 && ExecutableOf(pid) == InstalledBinary && !IsZombie(pid))];

    private static string? ExecutableOf(int pid)
    {
        try
        {
            return new FileInfo($"/proc/{pid}/exe").LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return true;
        }
    }
}
