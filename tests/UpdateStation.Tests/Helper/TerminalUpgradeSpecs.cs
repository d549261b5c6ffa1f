using UpdateStation.Tests.Commands;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>`update-station upgrade` by a user who is not root: the same helper and pkexec as the window, drawn in the terminal.</summary>
public sealed class TerminalUpgradeSpecs : IDisposable
{
    private readonly AptWorld _world = AptWorld.Sample(rootOnly: true).Publish();
    private readonly string _home = Directory.CreateTempSubdirectory("update-station-home-").FullName;

    public void Dispose()
    {
        _world.Dispose();
        Directory.Delete(_home, recursive: true);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_user_polkit_authorizes_upgrades_from_the_terminal_through_the_helper()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot && PolkitSystem.CanRun, "Needs root (to be nobody and to run polkitd in a namespace of its own), polkitd, pkexec, unshare and nsenter.");

        // Arrange
        AptSpecs.MakeReadableByAll(_world.Directory);
        File.SetUnixFileMode(_home, (UnixFileMode)0b111_111_111);
        using HelperInstall tree = HelperInstall.CreateTree(_world.ConfigPath, StationBinary.Path);
        using PolkitSystem polkit = await PolkitSystem.StartAsync(tree.Path, TestContext.Current.CancellationToken);
        Dictionary<string, string> environment = new()
        {
            ["APT_CONFIG"] = _world.ConfigPath,
            ["XDG_CACHE_HOME"] = Path.Combine(_home, "cache"),
            ["HOME"] = _home,
        };

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(
            ["upgrade", "-y", "--backend", "apt"], environment, TestContext.Current.CancellationToken, UnixUser.Nobody, tree.FrontEndPath, enter: polkit.Enter);

        // Assert
        Assert.True(exit == 0, $"exit {exit}\n--- stdout ---\n{output}--- stderr ---\n{error}");
        Assert.Contains("secpkg", output, StringComparison.Ordinal); // The plan shown first.
        Assert.Contains("Refreshing the system's package catalogue and comparing the plan...", output, StringComparison.Ordinal);
        Assert.Contains("Updates installed.", output, StringComparison.Ordinal);
        Assert.Equal("alpha 1.1-1\n", File.ReadAllText(Path.Combine(_world.RootDirectory, "usr/share/doc/alpha/VERSION")));
        Assert.Contains("upgrade --plan", File.ReadAllText(tree.LogPath), StringComparison.Ordinal);
    }

    [Fact(Timeout = 300_000)]
    public async Task On_a_system_with_doas_alone_the_terminal_upgrade_runs_the_helper_through_doas_n()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Needs root, to run the front end as nobody.");

        // Arrange: a PATH with every program of the system but pkexec and sudo, and a doas stand-in (doas cannot make
        // nobody root here) that records its argv and answers as the helper would.
        AptSpecs.MakeReadableByAll(_world.Directory);
        File.SetUnixFileMode(_home, (UnixFileMode)0b111_111_111);
        using HelperInstall tree = HelperInstall.CreateTree(_world.ConfigPath, StationBinary.Path);
        var bin = Path.Combine(_home, "bin");
        Directory.CreateDirectory(bin, (UnixFileMode)0b111_101_101);
        foreach (var program in new[] { "/usr/bin", "/usr/sbin" }.SelectMany(Directory.EnumerateFiles))
        {
            var name = Path.GetFileName(program);
            if (name is not ("pkexec" or "sudo" or "doas") && !File.Exists(Path.Combine(bin, name)))
            {
                File.CreateSymbolicLink(Path.Combine(bin, name), program);
            }
        }

        var argvFile = Path.Combine(_home, "doas-argv");
        File.WriteAllText(Path.Combine(bin, "doas"), $$"""
            #!/bin/sh
            printf '%s\n' "$@" > {{argvFile}}
            echo '{"event":"step","step":"install"}'
            echo '{"event":"done","restartNeeded":false}'
            """);
        File.SetUnixFileMode(Path.Combine(bin, "doas"), (UnixFileMode)0b111_101_101);
        Dictionary<string, string> environment = new()
        {
            ["APT_CONFIG"] = _world.ConfigPath,
            ["XDG_CACHE_HOME"] = Path.Combine(_home, "cache"),
            ["HOME"] = _home,
            ["PATH"] = bin,
        };

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(
            ["upgrade", "-y", "--backend", "apt"], environment, TestContext.Current.CancellationToken, UnixUser.Nobody, tree.FrontEndPath);

        // Assert
        Assert.True(exit == 0, $"exit {exit}\n--- stdout ---\n{output}--- stderr ---\n{error}");
        Assert.Contains("Updates installed.", output, StringComparison.Ordinal);
        var argv = File.ReadAllLines(argvFile);
        Assert.Equal(["-n", tree.Path, "upgrade", "--plan"], argv[..4]);
        Assert.Matches("^[0-9a-f]{64}$", argv[4]);
        Assert.Equal(5, argv.Length);
    }
}
