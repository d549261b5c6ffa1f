using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>Nothing unrecoverable: an automatic run killed midway is repaired by the next one, and the log says both.</summary>
public sealed class AutomaticRecoverySpecs : IDisposable
{
    private readonly AptWorld _world = AptWorld.Create(rootOnly: true)
        .Offer(new AptPackage("alpha", "1.1-1"))
        .Offer(new AptPackage("secpkg", "1.0-1+deb12u1"), AptWorld.Security)
        .Install(new AptPackage("alpha", "1.0-1"))
        .Install(new AptPackage("secpkg", "1.0-1"))
        .Publish();

    private readonly HelperInstall _helper;

    public AutomaticRecoverySpecs()
    {
        _helper = HelperInstall.Create(_world.ConfigPath);
        File.AppendAllText(_helper.SettingsPath, $"\nstate-directory = \"{StateDirectory}\"\n\n[automatic]\nupdates = \"all\"\n");
    }

    private string StateDirectory => Path.Combine(_helper.Directory, "state");

    public void Dispose()
    {
        _helper.Dispose();
        _world.Dispose();
    }

    [Fact(Timeout = 300_000)]
    public async Task A_run_killed_midway_is_repaired_by_the_next_run_first()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: dpkg is killed (SIGKILL) at its first --configure, as a power loss would stop it.
        _world.UseDpkgWrapper(dieOnConfigure: true);
        var killed = await _helper.RunAsync(["automatic"], TestContext.Current.CancellationToken);
        Assert.True(killed.ExitCode == 1, killed.ToString());
        Assert.Contains(_world.InstalledStates(), s => !s.Value.EndsWith(" installed", StringComparison.Ordinal));
        _world.UseDpkg("/usr/bin/dpkg");
        // The next window: the last run was yesterday.
        File.WriteAllText(Path.Combine(StateDirectory, "automatic.last-run"), DateTimeOffset.Now.AddDays(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "\n");

        // Act
        var next = await _helper.RunAsync(["automatic"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(next.ExitCode == 0, next.ToString());
        var notInstalled = _world.InstalledStates().Where(s => !s.Value.EndsWith("ok installed", StringComparison.Ordinal)).ToList();
        Assert.True(notInstalled.Count == 0, "not fully installed: " + string.Join(", ", notInstalled.Select(s => $"{s.Key} ({s.Value})")));
        Assert.Equal("alpha 1.1-1\n", File.ReadAllText(Path.Combine(_world.RootDirectory, "usr/share/doc/alpha/VERSION")));
        var log = File.ReadAllText(_helper.LogPath);
        Assert.Contains("  configure ", log, StringComparison.Ordinal);
        Assert.Contains("failed", log, StringComparison.Ordinal);
    }
}
