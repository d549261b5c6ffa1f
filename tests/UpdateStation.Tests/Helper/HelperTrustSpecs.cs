using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>
/// The helper runs apt only when every file and directory apt reads from its configuration is root's alone from / down,
/// checked right before each apt run: the attacker is nobody, the helper runs as root (through pkexec where polkit can run).
/// </summary>
public sealed class HelperTrustSpecs : IDisposable
{
    private readonly TrustedTree _tree = new();
    private AptWorld? _world;
    private HelperInstall? _helper;

    public void Dispose()
    {
        _helper?.Dispose();
        _world?.Dispose();
        _tree.Dispose();
    }

    [Fact(Timeout = 180000)]
    public async Task A_drop_in_nobody_puts_in_an_apt_conf_d_of_theirs_never_runs_as_root_through_pkexec()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot && PolkitSystem.CanRun, "Needs root, polkitd, pkexec, unshare and nsenter.");

        // Arrange: root's world, but its apt.conf.d is nobody's, and nobody drops a hook in it.
        var (parts, marker) = ArrangeWorldWithNobodysHook(partsOwnedByNobody: true);
        using var polkit = await PolkitSystem.StartAsync(_helper!.Path, TestContext.Current.CancellationToken);

        // Act
        var run = await _helper.RunAsync(["refresh"], TestContext.Current.CancellationToken, prefix: [.. polkit.Enter, .. UnixUser.Nobody.SetprivPrefix, "pkexec"]);

        // Assert
        Assert.False(File.Exists(marker), "nobody's hook ran as root");
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"'{parts}' is owned by uid {UnixUser.Nobody.Uid}, not root", run.Last("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 180000)]
    public async Task A_file_of_nobodys_inside_roots_apt_conf_d_never_runs_as_root()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        var (parts, marker) = ArrangeWorldWithNobodysHook(partsOwnedByNobody: false);

        // Act
        var run = await _helper!.RunAsync(["refresh"], TestContext.Current.CancellationToken);

        // Assert
        Assert.False(File.Exists(marker), "nobody's hook ran as root");
        Assert.True(run.ExitCode == 1, run.ToString());
        var message = run.Last("error").GetProperty("message").GetString()!;
        Assert.Contains($"'{Path.Combine(parts, "99hook")}' is owned by uid {UnixUser.Nobody.Uid}, not root", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }

    [Fact(Timeout = 180000)]
    public async Task A_drop_in_that_appears_between_two_apt_runs_is_caught_before_the_second()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: all is root's when the helper starts and apt-get update runs; then (timed by the world's own
        // Post-Invoke) apt.conf.d becomes nobody's, and nobody drops in a dpkg of theirs before the simulation.
        var nobody = UnixUser.Nobody;
        var evil = Path.Combine(_tree.Shared, "evil-dpkg");
        var marker = Path.Combine(_tree.Shared, "ran-as");
        File.WriteAllText(evil, $"#!/bin/sh\nid -u > {marker}\nexec /usr/bin/dpkg \"$@\"\n");
        File.SetUnixFileMode(evil, (UnixFileMode)0b111_101_101);
        var hook = Path.Combine(_tree.Directory, "hook");
        File.WriteAllText(hook, $"Dir::Bin::dpkg \"{evil}\";\n");
        _world = AptWorld.Sample(rootOnly: true);
        var parts = Path.Combine(_world.Directory, "etc", "apt.conf.d");
        _world.AddConfigurationLine(
            $"APT::Update::Post-Invoke {{ \"chown {nobody.Uid} {parts} && setpriv --reuid={nobody.Uid} --regid={nobody.Gid} --clear-groups -- cp {hook} {parts}/99hook\"; }};").Publish();
        _helper = HelperInstall.Create(_world.ConfigPath);

        // Act
        var run = await _helper.RunAsync(["refresh"], TestContext.Current.CancellationToken);

        // Assert
        Assert.False(File.Exists(marker), $"nobody's dpkg ran as uid {(File.Exists(marker) ? File.ReadAllText(marker).Trim() : "")}");
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"'{parts}' is owned by uid {nobody.Uid}, not root", run.Last("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(parts, "99hook")), "the drop-in never appeared: apt-get update did not run");
    }

    [Fact(Timeout = 180000)]
    public async Task A_configuration_under_a_directory_nobody_can_write_is_refused_before_nobody_can_swap_it()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: root's world lies in nobody's folder. Once apt-get update has run, nobody renames a prepared copy into
        // its place (the world's own Post-Invoke does it as nobody, to time it); that copy's dpkg records who ran it.
        var world = Path.Combine(_tree.Shared, "world");
        var marker = Path.Combine(_tree.Shared, "ran-as");
        var nobody = UnixUser.Nobody;
        _world = AptWorld.Sample(world).AddConfigurationLine(
            $"APT::Update::Post-Invoke {{ \"setpriv --reuid={nobody.Uid} --regid={nobody.Gid} --clear-groups -- sh -c 'mv {world} {_tree.Shared}/old && mv {_tree.Shared}/evil {world}'\"; }};").Publish();
        var staging = Path.Combine(_tree.Directory, "staging");
        TrustedTree.Run(["cp", "-r", world, staging]);
        File.WriteAllText(Path.Combine(staging, "evil-dpkg"), $"#!/bin/sh\nid -u > {marker}\nexec /usr/bin/dpkg \"$@\"\n");
        File.SetUnixFileMode(Path.Combine(staging, "evil-dpkg"), (UnixFileMode)0b111_101_101);
        File.WriteAllText(Path.Combine(staging, "etc", "apt.conf.d", "99evil"), $"Dir::Bin::dpkg \"{world}/evil-dpkg\";\n");
        TrustedTree.CopyAsNobody(staging, Path.Combine(_tree.Shared, "evil"));
        _helper = HelperInstall.Create(_world.ConfigPath);

        // Act
        var run = await _helper.RunAsync(["refresh"], TestContext.Current.CancellationToken);

        // Assert
        Assert.False(File.Exists(marker), $"nobody's dpkg ran as uid {(File.Exists(marker) ? File.ReadAllText(marker).Trim() : "")}");
        Assert.Equal((1, ""), (run.ExitCode, run.Output));
        Assert.Contains($"'{_tree.Shared}' is owned by uid {nobody.Uid}, not root", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact(Timeout = 180000)]
    public async Task Settings_beside_a_helper_in_a_directory_nobody_owns_are_refused()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: the settings file and its own folder are root's; the folder above them is nobody's.
        _world = AptWorld.Sample(rootOnly: true).Publish();
        _helper = HelperInstall.Create(_world.ConfigPath, parent: _tree.Shared);

        // Act
        var run = await _helper.RunAsync(["refresh"], TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal((1, ""), (run.ExitCode, run.Output));
        Assert.Contains($"'{_tree.Shared}' is owned by uid {UnixUser.Nobody.Uid}, not root", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    /// <summary>A root-only world whose apt.conf.d holds nobody's hook file (in nobody's own apt.conf.d, or in root's).</summary>
    private (string Parts, string Marker) ArrangeWorldWithNobodysHook(bool partsOwnedByNobody)
    {
        _world = AptWorld.Sample(rootOnly: true).Publish();
        _helper = HelperInstall.Create(_world.ConfigPath);
        var parts = Path.Combine(_world.Directory, "etc", "apt.conf.d");
        var marker = Path.Combine(_world.Directory, "hook-ran");
        var hook = Path.Combine(_tree.Directory, "hook");
        File.WriteAllText(hook, $"APT::Update::Pre-Invoke {{ \"id -u > {marker}\"; }};\n");
        if (partsOwnedByNobody)
        {
            TrustedTree.GiveToNobody(parts);
        }
        else
        {
            File.WriteAllText(Path.Combine(parts, "99hook"), "");
            TrustedTree.GiveToNobody(Path.Combine(parts, "99hook"));
        }

        TrustedTree.Run(["cp", hook, Path.Combine(parts, "99hook")], UnixUser.Nobody.SetprivPrefix);
        return (parts, marker);
    }
}
