using UpdateStation.Packages.Model;
using UpdateStation.Packages.Pkg;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>A user's check with the real pkg: a private catalogue in the user's cache, the system's database only read.</summary>
/// <remarks>In-process, so the files are written by whoever runs the tests; the spec PkgUserRefreshSpecs runs it as nobody.</remarks>
public sealed class PkgPrivateCatalogueTests : IDisposable
{
    private readonly PkgWorld _world = PkgWorld.Create()
        .Offer(new PkgPackage("curl", "8.5.0")).Offer(new PkgPackage("stable", "1.0"))
        .Install(new PkgPackage("curl", "8.4.0")).Install(new PkgPackage("stable", "1.0"));

    private readonly string _cache = Directory.CreateTempSubdirectory("update-station-pkg-cache-").FullName;

    public void Dispose()
    {
        _world.Dispose();
        Directory.Delete(_cache, recursive: true);
    }

    [Fact(Timeout = 60_000)]
    public async Task CheckAsync_AsUser_PlansLikeRootAndWritesNothingOfTheSystems()
    {
        // Arrange
        _world.Build();
        var systemBefore = Snapshot(_world.DatabaseDirectory);

        // Act
        var asUser = await Backend(isRoot: false).CheckAsync(refresh: true, TestContext.Current.CancellationToken);
        var systemAfter = Snapshot(_world.DatabaseDirectory);
        var asRoot = await Backend(isRoot: true).CheckAsync(refresh: true, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(systemBefore, systemAfter);
        Assert.Equal(asRoot.Updates, asUser.Updates);
        Assert.True(asUser.CatalogueRefreshed);
        Assert.True(File.Exists(Path.Combine(_cache, "local.sqlite")));
        Assert.True(Directory.Exists(PkgWorld.CatalogueDirectory(_cache, PkgWorld.Main)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_cache));
    }

    [Fact(Timeout = 60_000)]
    public async Task CheckAsync_AsUserAfterTheInstalledSetChanged_CopiesItAgain()
    {
        // Arrange
        _world.Build();
        var before = await Backend(isRoot: false).CheckAsync(refresh: true, TestContext.Current.CancellationToken);
        _world.RunPkg("upgrade", "-y");

        // Act
        var after = await Backend(isRoot: false).CheckAsync(refresh: false, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(["curl"], before.Updates.Select(u => u.Name));
        Assert.True(after.IsUpToDate);
    }

    [Fact(Timeout = 60_000)]
    public async Task CheckAsync_AsUserWithoutRefresh_UsesThePrivateCatalogueAsItStands()
    {
        // Arrange: a newer curl appears after the user's refresh.
        _world.Build();
        var refreshed = await Backend(isRoot: false).CheckAsync(refresh: true, TestContext.Current.CancellationToken);
        _world.Offer(new PkgPackage("curl", "8.6.0")).Republish(PkgWorld.Main);

        // Act
        var asItStands = await Backend(isRoot: false).CheckAsync(refresh: false, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal("8.5.0", Assert.Single(asItStands.Updates).NewVersion);
        Assert.False(asItStands.CatalogueRefreshed);
        Assert.Equal(refreshed.CatalogueUpdatedAt, asItStands.CatalogueUpdatedAt);
    }

    [Fact(Timeout = 60_000)]
    public async Task CheckAsync_AsUserWithoutRefreshAndNoCatalogueYet_SaysSo()
    {
        // Arrange
        _world.Build();

        // Act
        var error = await Assert.ThrowsAsync<BackendException>(
            () => Backend(isRoot: false).CheckAsync(refresh: false, TestContext.Current.CancellationToken));

        // Assert
        Assert.Contains($"no private pkg catalogue in '{_cache}' yet", error.Message, StringComparison.Ordinal);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CheckAsync_ARepositoryCannotBeFetched_FailsRatherThanSayUpToDate(bool isRoot)
    {
        // Arrange
        _world.Build();
        _world.AddRepository("gone", $"file://{_world.Directory}/no-such-repository");

        // Act
        var error = await Assert.ThrowsAsync<PackageManagerFailedException>(
            () => Backend(isRoot).CheckAsync(refresh: true, TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal("pkg update", error.Command);
    }

    private PkgBackend Backend(bool isRoot) => new(RealPkgOptions.For(_world, isRoot, cacheDirectory: _cache));

    private static List<string> Snapshot(string directory) =>
        [.. Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => $"{p} {File.GetLastWriteTimeUtc(p).Ticks} {(File.Exists(p) ? new FileInfo(p).Length : 0)}")];
}
