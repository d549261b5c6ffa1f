using System.Text.RegularExpressions;
using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>
/// Room before work: apt's cache (the world's Dir::Cache::archives) on a 16 kB tmpfs, in a mount namespace of the spec's
/// own, against a 64 kB download. The run ends with nothing changed and says how much is missing.
/// </summary>
public sealed class AutomaticRoomSpecs : IAsyncLifetime
{
    private const string Missing = @"Not enough disk space: \S*/cache/archives/? needs [\d.]+ KiB more \([\d.]+ KiB needed, 16.0 KiB free\)";

    private readonly AptWorld _world = AptWorld.Create(rootOnly: true)
        .Offer(new AptPackage("alpha", "1.1-1", PayloadBytes: 64 * 1024))
        .Install(new AptPackage("alpha", "1.0-1"))
        .Publish();

    private MountNamespace? _namespace;
    private HelperInstall? _helper;

    private string Archives => Path.Combine(_world.Directory, "cache", "archives");

    public async ValueTask InitializeAsync()
    {
        if (!MountNamespace.CanRun)
        {
            return;
        }

        _namespace = await MountNamespace.CreateAsync();
        _namespace.MountTmpfs(Archives, "16k");
        _namespace.Run("mkdir", Path.Combine(Archives, "partial"));
    }

    public ValueTask DisposeAsync()
    {
        _helper?.Dispose();
        _namespace?.Dispose();
        _world.Dispose();
        return default;
    }

    [Fact(Timeout = 180_000)]
    public async Task An_automatic_run_without_room_for_its_download_changes_nothing_and_says_how_much_is_missing()
    {
        Assert.SkipUnless(MountNamespace.CanRun, "Root, unshare and nsenter are needed for a private tmpfs.");

        // Arrange
        _helper = AutomaticInstall.Create(_world, "updates = \"all\"", "on-battery = true", "on-metered = true");
        var status = File.ReadAllText(_world.StatusPath);

        // Act
        var run = await _helper.RunAsync(["automatic"], TestContext.Current.CancellationToken, prefix: _namespace!.Enter);

        // Assert
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Matches(Missing, run.Error);
        Assert.Matches("automatic: failed: " + Missing, File.ReadAllText(_helper.LogPath));
        Assert.Equal(status, File.ReadAllText(_world.StatusPath));
        Assert.Null(AutomaticInstall.UnpackedVersion(_world, "alpha"));
        Assert.Empty(Directory.GetFiles(_namespace.SeenFromInside(Archives), "*.deb", SearchOption.AllDirectories));
    }

    [Fact(Timeout = 180_000)]
    public async Task An_upgrade_a_person_asks_for_without_room_changes_nothing_and_says_how_much_is_missing()
    {
        Assert.SkipUnless(MountNamespace.CanRun, "Root, unshare and nsenter are needed for a private tmpfs.");

        // Arrange
        _helper = HelperInstall.Create(_world.ConfigPath);
        var fingerprint = await _helper.RefreshAsync(TestContext.Current.CancellationToken);
        var status = File.ReadAllText(_world.StatusPath);

        // Act
        var run = await _helper.RunAsync(["upgrade", "--plan", fingerprint], TestContext.Current.CancellationToken, prefix: _namespace!.Enter);

        // Assert
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Matches(Missing, run.Last("error").GetProperty("message").GetString());
        Assert.Matches(Missing, File.ReadAllText(_helper.LogPath));
        Assert.Equal(status, File.ReadAllText(_world.StatusPath));
        Assert.Null(AutomaticInstall.UnpackedVersion(_world, "alpha"));
    }
}
