using UpdateStation.Tests.Commands;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>
/// Installing from the window, end to end: nobody's desktop (Xvfb, a session bus, AT-SPI), nobody's instance planning
/// a real apt world, the window's `Install Updates`, the real pkexec and polkitd, and the helper running as root
/// against the world's private root.
/// </summary>
public sealed partial class WindowInstallSpecs(NobodysDesktopSession desktop) : IClassFixture<NobodysDesktopSession>, IDisposable
{
    private static readonly TimeSpan s_readTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_installTimeout = TimeSpan.FromMinutes(3);

    private readonly AptWorld _world = AptWorld.Sample(rootOnly: true).Publish();

    public void Dispose()
    {
        _world.Dispose();
        RemoveRestartFlag();
    }

    [Fact(Timeout = 300_000)]
    public async Task User_can_install_the_updates_from_the_window_through_pkexec_and_the_instance_then_finds_the_system_up_to_date()
    {
        SkipUnlessPossible();

        // Arrange: nobody's instance plans the world (headless); polkit authorizes nobody.
        await using InstallScene scene = await OpenSceneAsync();
        (RuntimeDir dir, StationProcess tray, StationProcess window) = (scene.Dir, scene.Tray, scene.Window);

        // Act
        await InstallAsync(window);

        // Assert: the window reaches the end and says what changed, the world's packages changed, and the instance re-planned without a refresh.
        string read = await ScreenReader.WaitForNamesAsync(desktop, window, s_installTimeout, "Updates installed", "Close");
        Assert.DoesNotContain("The updates were not installed", ScreenReader.Names(read));
        Assert.Contains(ScreenReader.Names(read), name => name.StartsWith("Upgraded ", StringComparison.Ordinal) && name.Contains("alpha", StringComparison.Ordinal));
        Assert.Contains(ScreenReader.Names(read), name => name.Contains("Removed 1 package: oldie", StringComparison.Ordinal));
        Assert.Equal("1.1-1", await InstalledVersionAsync("alpha"));
        JsonElement after = await PublishedPlanAsync(dir, tray, plan => plan.GetProperty("updates").GetArrayLength() == 0);
        Assert.False(after.GetProperty("catalogueRefreshed").GetBoolean());
        Assert.NotEqual(scene.Plan.GetProperty("fingerprint").GetString(), after.GetProperty("fingerprint").GetString());
        Assert.False(window.HasExited);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_user_polkit_does_not_authorize_is_told_what_to_do_and_Try_Again_tries_again()
    {
        SkipUnlessPossible();

        // Arrange: polkit authorizes daemon, not nobody; nobody's window shows the world's plan.
        await using InstallScene scene = await OpenSceneAsync(authorizedUser: "daemon");
        (HelperInstall tree, StationProcess window) = (scene.Tree, scene.Window);
        string status = File.ReadAllText(_world.StatusPath);

        // Act
        await InstallAsync(window);

        // Assert: the refusal in words with what to do, and Try Again, which asks pkexec again; pkexec never ran the helper.
        string read = await ScreenReader.WaitForNamesAsync(desktop, window, s_installTimeout, "The updates were not installed", "Try Again");
        string said = ScreenReader.Names(read).Where(name => name.StartsWith("You are not authorized to install updates", StringComparison.Ordinal)).MaxBy(name => name.Length)!;
        Assert.Contains("A polkit authentication agent must run in the session", said, StringComparison.Ordinal);
        Assert.Contains("`update-station upgrade` in a terminal works with sudo", said, StringComparison.Ordinal);
        await ScreenReader.PressAsync(desktop, window, "Try Again");
        await ScreenReader.WaitForNamesAsync(desktop, window, s_installTimeout, "The updates were not installed", "Try Again");
        Assert.Equal(status, File.ReadAllText(_world.StatusPath));
        Assert.DoesNotContain("upgrade --plan", File.Exists(tree.LogPath) ? File.ReadAllText(tree.LogPath) : "", StringComparison.Ordinal);
    }

    [Fact(Timeout = 300_000)]
    public async Task When_the_plan_changed_since_it_was_shown_the_window_shows_the_new_one_and_nothing_changes()
    {
        SkipUnlessPossible();

        // Arrange: the window shows the instance's plan; then the archive offers one more upgrade.
        await using InstallScene scene = await OpenSceneAsync();
        StationProcess window = scene.Window;
        Assert.DoesNotContain("stable", ScreenReader.Names(scene.Shown));
        _world.Offer(new AptPackage("stable", "1.1-1")).Publish();
        AptSpecs.MakeReadableByAll(_world.Directory);
        string status = File.ReadAllText(_world.StatusPath);

        // Act
        await InstallAsync(window);

        // Assert: back on the list, with the helper's new plan and the reason; nothing installed.
        await ScreenReader.WaitForNamesAsync(
            desktop,
            window,
            s_installTimeout,
            "The updates changed since they were shown; nothing was changed. Review the new list and install again.",
            "stable",
            "Install Updates");
        Assert.Equal(status, File.ReadAllText(_world.StatusPath));
    }

    [Fact(Timeout = 300_000)]
    public async Task While_packages_change_the_window_refuses_to_close()
    {
        SkipUnlessPossible();

        // Arrange: apt (as the helper runs it) waits before dpkg until the gate file appears. Another program holding
        // dpkg's lock would not do: the helper answers that with busy at once (HelperBusySpecs).
        string gate = Path.Combine(_world.Directory, "let-dpkg-run");
        File.AppendAllText(_world.ConfigPath, $"DPkg::Pre-Invoke {{ \"while [ ! -e {gate} ]; do sleep 0.05; done\"; }};\n");
        await using InstallScene scene = await OpenSceneAsync();
        StationProcess window = scene.Window;

        // Act: install, and while apt waits at the gate, press Escape.
        await InstallAsync(window);
        await ScreenReader.WaitForNamesAsync(desktop, window, s_installTimeout, "Installing updates…");
        await Poll.UntilAsync(HelperWaitsAtTheGate, s_installTimeout, () => "apt reaches its Pre-Invoke gate");
        string id = Assert.Single(await WindowState.VisibleAsync(desktop, window));
        StationResult escape = await desktop.RunAsync(["xdotool", "windowfocus", "--sync", id, "key", "Escape"]);
        await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "Installing updates…");
        File.WriteAllText(gate, "");

        // Assert: the window stayed through to the end.
        Assert.True(escape.ExitCode == 0, escape.ToString());
        await ScreenReader.WaitForNamesAsync(desktop, window, s_installTimeout, "Updates installed");
        Assert.False(window.HasExited);
        Assert.Equal("1.1-1", await InstalledVersionAsync("alpha"));
    }

    [Theory(Timeout = 300_000)]
    [InlineData(Signals.SIGKILL)]
    [InlineData(Signals.SIGHUP)]
    public async Task A_window_killed_while_packages_change_leaves_the_upgrade_to_finish_and_the_instance_sees_it(int signal)
    {
        SkipUnlessPossible();

        // Arrange: the helper's apt held at its gate, as above.
        string gate = Path.Combine(_world.Directory, "let-dpkg-run");
        File.AppendAllText(_world.ConfigPath, $"DPkg::Pre-Invoke {{ \"while [ ! -e {gate} ]; do sleep 0.05; done\"; }};\n");
        await using InstallScene scene = await OpenSceneAsync();
        await InstallAsync(scene.Window);
        await Poll.UntilAsync(HelperWaitsAtTheGate, s_installTimeout, () => "apt reaches its Pre-Invoke gate");

        // Act: the window goes (its reader of the helper's events with it), then apt may go on.
        scene.Window.Signal(signal);
        await scene.Window.WaitForExitAsync(s_readTimeout);
        File.WriteAllText(gate, "");

        // Assert: the helper ran to its end regardless, and the instance re-planned on the changed database.
        await PublishedPlanAsync(scene.Dir, scene.Tray, plan => plan.GetProperty("updates").GetArrayLength() == 0);
        Assert.Equal("1.1-1", await InstalledVersionAsync("alpha"));
    }
}
