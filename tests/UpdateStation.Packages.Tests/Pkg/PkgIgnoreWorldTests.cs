using UpdateStation.Packages.Pkg;
using UpdateStation.Settings;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>
/// The ignore list with the real pkg: pkg applies its whole plan or nothing, so a plan whose every change is ignored is
/// up to date with them shown as ignored, and one where only some are is refused in one line.
/// </summary>
public sealed class PkgIgnoreWorldTests : IDisposable
{
    private readonly PkgWorld _world = PkgWorld.Create();

    public PkgIgnoreWorldTests() =>
        _world.Offer(new PkgPackage("curl", "8.5.0")).Offer(new PkgPackage("zstd", "1.5.6"))
            .Install(new PkgPackage("curl", "8.4.0")).Install(new PkgPackage("zstd", "1.5.5")).Build();

    public void Dispose() => _world.Dispose();

    [Fact(Timeout = 60_000)]
    public async Task CheckAsync_EveryChangeIgnored_IsUpToDateWithThemIgnored()
    {
        // Act
        var plan = await Backend("curl", "zstd=1.5.6").CheckAsync(refresh: true, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(plan.IsUpToDate);
        Assert.Equal(["curl 8.4.0 8.5.0 curl", "zstd 1.5.5 1.5.6 zstd=1.5.6"],
            plan.Ignored.Select(i => $"{i.Change.Name} {i.Change.CurrentVersion} {i.Change.NewVersion} {i.Rule}").Order());
    }

    [Fact(Timeout = 60_000)]
    public async Task CheckAsync_SomeChangesIgnored_IsRefusedInOneLine()
    {
        // Act
        var error = await Assert.ThrowsAsync<BackendException>(() => Backend("curl").CheckAsync(refresh: true, TestContext.Current.CancellationToken));

        // Assert
        Assert.Contains("pkg upgrades its whole plan or nothing", error.Message, StringComparison.Ordinal);
        Assert.Contains("curl (rule curl)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact(Timeout = 60_000)]
    public async Task CheckAsync_ARuleForAnotherVersion_LeavesThePlanWhole()
    {
        // Act
        var plan = await Backend("curl=8.4.9").CheckAsync(refresh: true, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(["curl", "zstd"], plan.Updates.Select(u => u.Name).Order());
        Assert.Empty(plan.Ignored);
    }

    private PkgBackend Backend(params string[] rules) =>
        new(RealPkgOptions.For(_world, isRoot: true) with { Ignore = [.. rules.Select(r => IgnoreRule.Parse(r)!)] });
}
