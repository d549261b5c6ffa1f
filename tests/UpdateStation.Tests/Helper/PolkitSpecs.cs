using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>The elevation the window uses, for real: pkexec, polkitd and the helper's actions, as an authorized user and as another.</summary>
public sealed class PolkitSpecs : IDisposable
{
    private readonly AptWorld _world = AptWorld.Sample(rootOnly: true).Publish();
    private readonly HelperInstall _helper;

    public PolkitSpecs()
    {
        _helper = HelperInstall.Create(_world.ConfigPath);
    }

    public void Dispose()
    {
        _helper.Dispose();
        _world.Dispose();
    }

    [Fact(Timeout = 180000)]
    public async Task A_user_polkit_authorizes_upgrades_the_system_through_pkexec()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot && PolkitSystem.CanRun, "Needs root, polkitd, pkexec, unshare and nsenter.");

        // Arrange
        using var polkit = await PolkitSystem.StartAsync(_helper.Path, TestContext.Current.CancellationToken);
        string[] asNobody = [.. polkit.Enter, .. UnixUser.Nobody.SetprivPrefix, "pkexec"];
        var refresh = await _helper.RunAsync(["refresh"], TestContext.Current.CancellationToken, prefix: asNobody);
        Assert.True(refresh.ExitCode == 0, refresh.ToString());
        var fingerprint = refresh.Last("done").GetProperty("fingerprint").GetString()!;

        // Act
        var run = await _helper.RunAsync(["upgrade", "--plan", fingerprint], TestContext.Current.CancellationToken, prefix: asNobody);

        // Assert
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(fingerprint, run.Last("done").GetProperty("fingerprint").GetString());
        Assert.Equal("alpha 1.1-1\n", File.ReadAllText(Path.Combine(_world.RootDirectory, "usr/share/doc/alpha/VERSION")));
    }

    [Fact(Timeout = 180000)]
    public async Task A_user_polkit_does_not_authorize_is_refused_and_nothing_changes()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot && PolkitSystem.CanRun, "Needs root, polkitd, pkexec, unshare and nsenter.");

        // Arrange
        var fingerprint = await _helper.RefreshAsync(TestContext.Current.CancellationToken);
        var status = File.ReadAllText(_world.StatusPath);
        using var polkit = await PolkitSystem.StartAsync(_helper.Path, TestContext.Current.CancellationToken);

        // Act
        var run = await _helper.RunAsync(["upgrade", "--plan", fingerprint], TestContext.Current.CancellationToken, prefix: [.. polkit.Enter, .. UnixUser.Daemon.SetprivPrefix, "pkexec"]);

        // Assert: pkexec refuses (127), the helper never ran.
        Assert.Equal((127, ""), (run.ExitCode, run.Output));
        Assert.Matches("Not authorized|authentication agent", run.Error); // With no agent to ask, pkexec says so and refuses.
        Assert.Equal(status, File.ReadAllText(_world.StatusPath));
        Assert.DoesNotContain("upgrade --plan", File.ReadAllText(_helper.LogPath), StringComparison.Ordinal);
    }
}
