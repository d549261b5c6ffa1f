using UpdateStation.Packages.Apt;
using UpdateStation.Packages.Pkg;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Packages.Tests;

/// <summary>Each backend says where its installed-package database and lock are (the tray watches them).</summary>
public sealed class PackageDatabaseTests : IDisposable
{
    private readonly AptWorld _world = AptWorld.Create().Publish();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Apt_StatusFileMovedByConfiguration_IsTheOneApt_ConfigNames()
    {
        // Arrange: the world's apt.conf moves Dir::State::status into its private root.
        var backend = new AptBackend(new AptBackendOptions { AsRoot = false, Environment = _world.Environment });

        // Act
        var database = await backend.FindDatabaseAsync(TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(new PackageDatabase(_world.StatusPath, Path.Combine(Path.GetDirectoryName(_world.StatusPath)!, "lock")), database);
    }

    [Fact]
    public async Task Apt_AptConfigMissing_IsNull()
    {
        // Arrange
        var backend = new AptBackend(new AptBackendOptions { AptConfig = "/nonexistent/apt-config", Environment = _world.Environment });

        // Act
        var database = await backend.FindDatabaseAsync(TestContext.Current.CancellationToken);

        // Assert
        Assert.Null(database);
    }

    [Fact]
    public async Task Pkg_DatabaseDirectoryFromEnvironment_IsItsLocalSqlite()
    {
        // Arrange
        var backend = new PkgBackend(new PkgBackendOptions { Environment = new Dictionary<string, string?> { ["PKG_DBDIR"] = _world.Directory } });

        // Act
        var database = await backend.FindDatabaseAsync(TestContext.Current.CancellationToken);

        // Assert: pkg locks the database file itself.
        var file = Path.Combine(_world.Directory, "local.sqlite");
        Assert.Equal(new PackageDatabase(file, file), database);
    }
}
