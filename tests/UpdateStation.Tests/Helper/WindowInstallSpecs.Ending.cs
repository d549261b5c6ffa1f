using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>
/// The buttons at the end of a run: `Show Log` after a failure, `Restart Now` and `Later` after an upgrade that needs a
/// restart. Rebooting is the one thing that cannot happen here: a stand-in `shutdown` first on the helper's PATH records
/// how it was run.
/// </summary>
public sealed partial class WindowInstallSpecs
{
    private const string RestartFlag = "/run/reboot-required";
    private const string RestartPackages = "/run/reboot-required.pkgs";

    private bool _restartFlagIsOurs;

    [Fact(Timeout = 300_000)]
    public async Task A_failed_install_says_why_and_Show_Log_shows_the_lines_of_that_run()
    {
        SkipUnlessPossible();

        // Arrange: alpha's new postinst fails, as a broken maintainer script does; the run log holds an earlier run.
        _world.Offer(new AptPackage("alpha", "1.2-1", Postinst: "echo 'alpha-postinst: the frobnicator is not configured' >&2; exit 1")).Publish();
        await using InstallScene scene = await OpenSceneAsync();
        File.WriteAllText(scene.Tree.LogPath, "2026-11-20T10:00:00+00:00 update-station: an earlier run's line\n");
        await InstallAsync(scene.Window);
        string failed = await ScreenReader.WaitForNamesAsync(desktop, scene.Window, s_installTimeout, "The updates were not installed", "Show Log");

        // Act
        await ScreenReader.PressAsync(desktop, scene.Window, "Show Log");

        // Assert: the reason in words on the page; the log on screen holds this run's lines (apt's, dpkg's, the script's) only.
        string log = await Poll.UntilAsync(() => ScreenReader.TextAsync(desktop, scene.Window, "Log"), s_readTimeout, () => "the log is on screen");
        string reason = ScreenReader.Names(failed).Where(name => name.StartsWith("The updates could not be installed: ", StringComparison.Ordinal)).MaxBy(name => name.Length)!;
        Assert.Contains("alpha: installed alpha package post-installation script subprocess returned error exit status 1", reason, StringComparison.Ordinal);
        Assert.Equal(2, reason.Split(scene.Tree.LogPath).Length); // The log named once.
        Assert.Contains("alpha-postinst: the frobnicator is not configured", log, StringComparison.Ordinal);
        Assert.Contains("dpkg: error processing package alpha (--configure):", log, StringComparison.Ordinal);
        Assert.Contains($"The whole log is {scene.Tree.LogPath}.", log, StringComparison.Ordinal);
        Assert.DoesNotContain("an earlier run's line", log, StringComparison.Ordinal);
    }

    [Fact(Timeout = 300_000)]
    public async Task After_an_upgrade_that_needs_a_restart_Restart_Now_has_the_helper_restart_the_system_as_root()
    {
        SkipUnlessPossible();

        // Arrange
        await using InstallScene scene = await InstallNeedingRestartAsync();

        // Act
        await ScreenReader.PressAsync(desktop, scene.Window, "Restart Now");

        // Assert: no logind here, so the helper's reboot verb through pkexec ran shutdown, as root, once.
        string calls = await Poll.UntilAsync(
            () => Task.FromResult(File.Exists(ShutdownCallsPath(scene.Tree)) ? File.ReadAllText(ShutdownCallsPath(scene.Tree)) : null),
            s_installTimeout,
            () => $"the helper runs shutdown; its log:\n{File.ReadAllText(scene.Tree.LogPath)}");
        Assert.Equal("uid 0: -r now\n", calls);
        Assert.Contains($"reboot: {RestartFlag} exists", File.ReadAllText(scene.Tree.LogPath), StringComparison.Ordinal);
    }

    [Fact(Timeout = 300_000)]
    public async Task After_an_upgrade_that_needs_a_restart_Later_goes_back_to_the_list_and_restarts_nothing()
    {
        SkipUnlessPossible();

        // Arrange
        await using InstallScene scene = await InstallNeedingRestartAsync();

        // Act
        await ScreenReader.PressAsync(desktop, scene.Window, "Later");

        // Assert: the list, up to date once the instance has planned again; the helper never ran for a reboot.
        string read = await ScreenReader.WaitForNamesAsync(desktop, scene.Window, s_installTimeout, "Up to date", "Close");
        Assert.DoesNotContain("Restart Now", ScreenReader.Names(read));
        Assert.False(File.Exists(ShutdownCallsPath(scene.Tree)));
        Assert.DoesNotContain("reboot", File.ReadAllText(scene.Tree.LogPath), StringComparison.Ordinal);
    }

    /// <summary>
    /// Installs the updates from the window, one of them a package that says the system must restart (its postinst
    /// writes /run/reboot-required, as Debian's kernels do); returns the scene at `Restart Now` / `Later`.
    /// </summary>
    private async Task<InstallScene> InstallNeedingRestartAsync()
    {
        Assert.SkipWhen(File.Exists(RestartFlag), $"{RestartFlag} exists: this machine needs a restart itself.");
        _restartFlagIsOurs = true;
        _world.Offer(new AptPackage("alpha", "1.2-1", Postinst: $"echo '*** System restart required ***' > {RestartFlag}; echo alpha >> {RestartPackages}")).Publish();
        InstallScene scene = await OpenSceneAsync(standIns: tree =>
            tree.AddProgram("shutdown", $"#!/bin/sh\necho \"uid $(id -u): $*\" >> {ShutdownCallsPath(tree)}\n"));
        try
        {
            await InstallAsync(scene.Window);
            await ScreenReader.WaitForNamesAsync(
                desktop, scene.Window, s_installTimeout, "Updates installed", "The system must restart to finish the upgrade.", "Restart Now", "Later");
            return scene;
        }
        catch
        {
            await scene.DisposeAsync();
            throw;
        }
    }

    private static string ShutdownCallsPath(HelperInstall tree) => Path.Combine(tree.Directory, "shutdown-calls");

    private void RemoveRestartFlag()
    {
        if (_restartFlagIsOurs)
        {
            File.Delete(RestartFlag);
            File.Delete(RestartPackages);
        }
    }
}
