namespace UpdateStation.Tests.Helper;

/// <summary>
/// `Create a boot environment first`, where boot environments work: ZFS and bectl cannot run here, so stand-ins for
/// bectl and freebsd-version come first on the window's PATH and the helper's.
/// </summary>
public sealed partial class WindowInstallSpecs
{
    [Fact(Timeout = 300_000)]
    public async Task Where_boot_environments_work_the_window_offers_one_and_the_install_makes_it_before_any_package_changes()
    {
        SkipUnlessPossible();

        // Arrange
        await using InstallScene scene = await OpenSceneAsync(standIns: AddBootEnvironmentStandIns);
        await ScreenReader.WaitForNamesAsync(desktop, scene.Window, s_readTimeout, "Create a boot environment first");

        // Act
        await InstallAsync(scene.Window);

        // Assert: one made, named for the running system, before apt ran; the page tells how to boot back into it.
        await ScreenReader.WaitForNamesAsync(desktop, scene.Window, s_installTimeout, "Updates installed");
        string made = Assert.Single(File.ReadAllLines(BectlCallsPath(scene.Tree)), call => call.StartsWith("create ", StringComparison.Ordinal))["create ".Length..];
        Assert.StartsWith("14.1-RELEASE-p5-update-", made, StringComparison.Ordinal);
        await ScreenReader.WaitForNamesAsync(
            desktop,
            scene.Window,
            s_readTimeout,
            $"The boot environment {made} holds the system as it was before: to go back, choose it in the boot loader's boot environment menu.");
        string log = File.ReadAllText(scene.Tree.LogPath);
        int madeAt = log.IndexOf($"boot environment {made} made", StringComparison.Ordinal);
        Assert.True(madeAt >= 0 && madeAt < log.IndexOf("running apt-get", StringComparison.Ordinal), log);
    }

    // bectl check succeeds for anyone (the window runs it as nobody); what root's helper asks it to do is recorded.
    private static void AddBootEnvironmentStandIns(HelperInstall tree)
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "fakes", "freebsd-version"), Path.Combine(tree.BinDirectory, "freebsd-version"));
        tree.AddProgram("bectl", $$"""
            #!/bin/sh
            [ "$1" = check ] && exit 0
            echo "$*" >> {{BectlCallsPath(tree)}}
            case "$1" in
              create) echo "$2" >> {{BectlCallsPath(tree)}}.made ;;
              list) printf 'default\tNR\t/\t1.2G\t2026-01-01 10:00\n'; while read -r name; do printf '%s\t-\t-\t8K\t2026-11-26 10:00\n' "$name"; done < {{BectlCallsPath(tree)}}.made ;;
              destroy) ;;
              *) exit 1 ;;
            esac
            """);
    }

    private static string BectlCallsPath(HelperInstall tree) => Path.Combine(tree.Directory, "bectl-calls");
}
