using UpdateStation.Packages.Pkg;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>Checks with the real pkg on small worlds of their own: up to date, a held lock, nothing configured.</summary>
public sealed class PkgBackendWorldTests : IDisposable
{
    private readonly PkgWorld _world = PkgWorld.Create();

    public void Dispose() => _world.Dispose();

    [Fact(Timeout = 60_000)]
    public async Task CheckAsync_EverythingCurrent_IsUpToDate()
    {
        // Arrange
        _world.Offer(new PkgPackage("curl", "8.5.0")).Install(new PkgPackage("curl", "8.5.0")).Build();

        // Act
        var plan = await Backend().CheckAsync(refresh: true, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(plan.IsUpToDate);
        Assert.Empty(plan.Held);
    }

    [Fact(Timeout = 60_000)]
    public async Task CheckAsync_DatabaseLockHeld_StillPlans()
    {
        // Arrange: pkg's dry run and refresh only read the installed set, so another pkg's lock does not stop them.
        _world.Offer(new PkgPackage("curl", "8.5.0")).Install(new PkgPackage("curl", "8.4.0")).Install(new PkgPackage("stable", "1.0")).Build();
        await using var holder = await _world.HoldDatabaseLockAsync("stable", TestContext.Current.CancellationToken);

        // Act
        var plan = await Backend().CheckAsync(refresh: true, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(["curl"], plan.Updates.Select(u => u.Name));
    }

    [Fact(Timeout = 60_000)]
    public async Task CheckAsync_NoRepositoryConfigured_ThrowsPackageManagerFailed()
    {
        // Arrange
        _world.Offer(new PkgPackage("curl", "8.5.0")).Install(new PkgPackage("curl", "8.4.0")).Build();
        File.Delete(Path.Combine(_world.ReposDirectory, PkgWorld.Main + ".conf"));

        // Act
        var error = await Assert.ThrowsAsync<PackageManagerFailedException>(
            () => Backend().CheckAsync(refresh: true, TestContext.Current.CancellationToken));

        // Assert
        Assert.Contains("No active remote repositories configured", error.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task CheckAsync_NoPkgProgram_ThrowsBackendException()
    {
        // Arrange: a PATH with no pkg on it.
        var empty = Directory.CreateDirectory(Path.Combine(_world.Directory, "empty-bin")).FullName;
        var backend = new PkgBackend(new PkgBackendOptions { Environment = new Dictionary<string, string?> { ["PATH"] = empty }, IsRoot = true });

        // Act
        var error = await Assert.ThrowsAsync<BackendException>(() => backend.CheckAsync(false, TestContext.Current.CancellationToken));

        // Assert
        Assert.Contains("'pkg'", error.Message, StringComparison.Ordinal);
    }

    private PkgBackend Backend() => new(RealPkgOptions.For(_world, isRoot: true));
}
