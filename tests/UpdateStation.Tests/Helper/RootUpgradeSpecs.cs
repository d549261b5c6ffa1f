using System.Text.RegularExpressions;
using UpdateStation.Tests.Commands;
using UpdateStation.Tests.Shared;
using World = UpdateStation.Tests.Shared.PkgWorld;

namespace UpdateStation.Tests.Helper;

/// <summary>
/// Root's `update-station upgrade` goes the one way packages change: it runs the helper of its own
/// installed tree (PREFIX/libexec) directly, with the fingerprint of the plan it showed, so the boot environment,
/// inhibitor, run log and busy lock hold for root as for a user. bectl(8) and freebsd-version are stand-ins first on
/// the helper's PATH (ZFS and FreeBSD cannot run here), as in <see cref="BootEnvironmentSpecs"/>.
/// </summary>
public sealed partial class RootUpgradeSpecs : IDisposable
{
    private readonly AptWorld _world = AptWorld.Sample(rootOnly: true).Publish();
    private readonly HelperInstall _tree;

    public RootUpgradeSpecs()
    {
        _tree = HelperInstall.CreateTree(_world.ConfigPath, StationBinary.Path);
    }

    /// <summary>The world for apt; a run log of its own for a build that still reads UPDATE_STATION_LOG.</summary>
    private Dictionary<string, string> Environment => new()
    {
        ["APT_CONFIG"] = _world.ConfigPath,
        ["UPDATE_STATION_LOG"] = Path.Combine(_world.Directory, "update-station.log"),
    };

    private string BectlCalls => Path.Combine(_tree.Directory, "bectl-calls");

    public void Dispose()
    {
        _tree.Dispose();
        _world.Dispose();
    }

    [Fact(Timeout = 240_000)]
    public async Task Root_upgrades_through_the_helper_with_the_plan_it_showed_and_a_boot_environment()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Root's upgrade is the point (CI runs as root).");

        // Arrange
        File.Copy(Path.Combine(AppContext.BaseDirectory, "fakes", "freebsd-version"), Path.Combine(_tree.BinDirectory, "freebsd-version"));
        _tree.AddProgram("bectl", $$"""
            #!/bin/sh
            echo "$*" >> {{BectlCalls}}
            case "$1" in
              check|create|destroy) exit 0 ;;
              list) printf 'default\tNR\t/\t1.2G\t2026-01-01 10:00\n' ;;
              *) exit 1 ;;
            esac
            """);
        var check = await PublishedBinary.RunAsync(["check", "--json", "--backend", "apt"], Environment, TestContext.Current.CancellationToken, executable: _tree.FrontEndPath);
        var fingerprint = JsonDocument.Parse(check.Output).RootElement.GetProperty("fingerprint").GetString();

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(
            ["upgrade", "-y", "--backend", "apt"], Environment, TestContext.Current.CancellationToken, executable: _tree.FrontEndPath);

        // Assert
        Assert.True(exit == 0, $"exit {exit}\n--- stdout ---\n{output}--- stderr ---\n{error}");
        Assert.Contains("secpkg", output, StringComparison.Ordinal); // The plan shown first.
        Assert.Contains("Making a boot environment...", output, StringComparison.Ordinal);
        Assert.Contains("Updates installed.", output, StringComparison.Ordinal);
        Assert.Equal("alpha 1.1-1\n", File.ReadAllText(Path.Combine(_world.RootDirectory, "usr/share/doc/alpha/VERSION")));
        var log = File.ReadAllText(_tree.LogPath);
        Assert.Contains($"update-station-helper[", log, StringComparison.Ordinal);
        Assert.Contains($"upgrade --plan {fingerprint} started", log, StringComparison.Ordinal);
        Assert.Contains($"plan {fingerprint}: ", log, StringComparison.Ordinal);
        var made = File.ReadAllLines(BectlCalls).Single(c => c.StartsWith("create ", StringComparison.Ordinal))["create ".Length..];
        Assert.Matches(OurBootEnvironment(), made);
        Assert.Contains(made, output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 240_000)]
    public async Task A_plan_that_changes_between_showing_and_applying_is_refused_and_nothing_changes()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Root's upgrade is the point (CI runs as root).");

        // Arrange: the second refresh (the helper's; the first was the plan shown) waits in an apt hook for the gate.
        var started = Path.Combine(_world.Directory, "refresh-started");
        var gate = Path.Combine(_world.Directory, "refresh-gate");
        _world.AddConfigurationLine(
            $"APT::Update::Pre-Invoke {{ \"if [ -e '{started}-1' ]; then touch '{started}-2'; while [ ! -e '{gate}' ]; do sleep 0.05; done; else touch '{started}-1'; fi\"; }};");
        var status = File.ReadAllText(_world.StatusPath);
        var upgrade = PublishedBinary.RunAsync(["upgrade", "-y", "--backend", "apt"], Environment, TestContext.Current.CancellationToken, executable: _tree.FrontEndPath);
        await Poll.UntilAsync(() => File.Exists(started + "-2") || upgrade.IsCompleted, TimeSpan.FromMinutes(2), () => "the helper's refresh began");

        // Act: between the plan shown and the helper's refresh, the repository offers one more update.
        _world.Offer(new AptPackage("stable", "1.1-1")).Publish();
        File.WriteAllText(gate, "");
        var (exit, output, error) = await upgrade;

        // Assert
        Assert.True(exit == 1, $"exit {exit}\n--- stdout ---\n{output}--- stderr ---\n{error}");
        Assert.Contains("The updates changed since they were shown; nothing was changed.", error, StringComparison.Ordinal);
        Assert.Equal(status, File.ReadAllText(_world.StatusPath));
        Assert.Contains("nothing more was changed", File.ReadAllText(_tree.LogPath), StringComparison.Ordinal);
    }

    [Fact(Timeout = 240_000)]
    public async Task A_helper_that_cannot_be_run_is_one_line_and_nothing_changes()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Root's upgrade is the point (CI runs as root).");

        // Arrange: the helper is there but not executable.
        File.SetUnixFileMode(_tree.Path, (UnixFileMode)0b110_100_100);
        var status = File.ReadAllText(_world.StatusPath);

        // Act
        var (exit, _, error) = await PublishedBinary.RunAsync(
            ["upgrade", "-y", "--backend", "apt"], Environment, TestContext.Current.CancellationToken, executable: _tree.FrontEndPath);

        // Assert
        Assert.Equal(1, exit);
        Assert.Equal($"update-station: cannot run '{_tree.Path}': Permission denied; nothing was changed.", error.TrimEnd());
        Assert.Equal(status, File.ReadAllText(_world.StatusPath));
    }

    [Fact(Timeout = 240_000)]
    public async Task Root_follows_pkg_upgrading_itself_first_in_the_terminal()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Root's upgrade is the point (CI runs as root).");

        // Arrange: the real pkg on a private world, through a `pkg` first on both PATHs that points it there (the
        // helper empties its environment), as in HelperPkgSpecs.
        using var world = World.Create(rootOnly: true)
            .Offer(new PkgPackage("pkg", "2.0.6")).Offer(new PkgPackage("zsh", "5.9_1"))
            .Install(new PkgPackage("pkg", "2.0.5")).Install(new PkgPackage("zsh", "5.9"))
            .Build();
        using var tree = HelperInstall.CreateTree(_world.ConfigPath, StationBinary.Path, backend: "pkg");
        var variables = string.Join(' ', world.Environment.Where(v => v.Key != "PATH").Select(v => $"{v.Key}='{v.Value}'"));
        tree.AddProgram("pkg", $"""
            #!/bin/sh
            export {variables}
            case " $* " in
              *" -r "*) exec '{world.PkgPath}' "$@" ;;
            esac
            exec '{world.PkgPath}' -r '{world.RootDirectory}' "$@"

            """);
        var environment = new Dictionary<string, string> { ["PATH"] = $"{tree.BinDirectory}:/usr/sbin:/usr/bin:/sbin:/bin" };

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(
            ["upgrade", "-y", "--backend", "pkg"], environment, TestContext.Current.CancellationToken, executable: tree.FrontEndPath);

        // Assert
        Assert.True(exit == 0, $"exit {exit}\n--- stdout ---\n{output}--- stderr ---\n{error}");
        Assert.Contains("The package manager upgrades itself first, so the upgrade happens in two steps.", output, StringComparison.Ordinal);
        Assert.Contains("Updates installed.", output, StringComparison.Ordinal);
        Assert.Equal("pkg 2.0.6\n", File.ReadAllText(world.RootDirectory + PkgPackage.FileOf("pkg")));
        Assert.Equal("zsh 5.9_1\n", File.ReadAllText(world.RootDirectory + PkgPackage.FileOf("zsh")));
        Assert.Contains("upgrade --plan", File.ReadAllText(tree.LogPath), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^14\.1-RELEASE-p5-update-[0-9]{8}-[0-9]{6}$")]
    private static partial Regex OurBootEnvironment();
}
