using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Tests.Pkg;

public sealed class PkgBackendCheckTests : IDisposable
{
    private readonly FakePkg _pkg = new();

    public void Dispose() => _pkg.Dispose();

    [Fact(Timeout = 15000)]
    public async Task CheckAsync_AsRootWithRefresh_UpdatesCatalogueThenPlans()
    {
        // Arrange
        _pkg.Reply("update", "All repositories are up to date.\n").ReplyWithFixture("upgrade-n", "upgrade-all-sections.txt");

        // Act
        var plan = await _pkg.CreateBackend(isRoot: true).CheckAsync(refresh: true, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(["update", "upgrade -n", "audit -q"], _pkg.Invocations);
        Assert.True(plan.CatalogueRefreshed);
        Assert.NotNull(plan.CatalogueUpdatedAt);
        Assert.Equal(9, plan.Updates.Count);
        Assert.Equal("pkg", plan.Backend);
    }

    [Fact(Timeout = 15000)]
    public async Task CheckAsync_WithoutRoot_SkipsRefreshAndGivesCatalogueAge()
    {
        // Arrange
        _pkg.ReplyWithFixture("upgrade-n", "up-to-date.txt");
        var catalogue = Path.Combine(_pkg.DatabaseDirectory, "repo-FreeBSD.sqlite");
        File.WriteAllText(catalogue, "");
        var written = new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(catalogue, written);
        File.WriteAllText(Path.Combine(_pkg.DatabaseDirectory, "local.sqlite"), "");

        // Act
        var plan = await _pkg.CreateBackend(isRoot: false).CheckAsync(refresh: true, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(["upgrade -n"], _pkg.Invocations);
        Assert.True(plan.IsUpToDate);
        Assert.False(plan.CatalogueRefreshed);
        Assert.Equal(new DateTimeOffset(written), plan.CatalogueUpdatedAt);
    }

    [Fact(Timeout = 15000)]
    public async Task CheckAsync_NoCatalogue_LeavesItsAgeUnknown()
    {
        // Arrange
        _pkg.ReplyWithFixture("upgrade-n", "up-to-date.txt");

        // Act
        var plan = await _pkg.CreateBackend(isRoot: false).CheckAsync(refresh: false, TestContext.Current.CancellationToken);

        // Assert
        Assert.Null(plan.CatalogueUpdatedAt);
    }

    [Fact(Timeout = 15000)]
    public async Task CheckAsync_AuditListsInstalledVersion_MarksTheUpgradeAsSecurity()
    {
        // Arrange
        _pkg.ReplyWithFixture("upgrade-n", "upgrade-vulnerable.txt").Reply("audit-q", "openssl-3.0.12,1\nsudo-1.9.14p3\n", exitCode: 1);

        // Act
        var plan = await _pkg.CreateBackend().CheckAsync(refresh: false, TestContext.Current.CancellationToken);

        // Assert: sudo's new version is still vulnerable, so only openssl's upgrade is a fix.
        Assert.Equal(["openssl"], plan.Updates.Where(u => u.Security).Select(u => u.Name));
        Assert.Equal(1, plan.SecurityCount);
    }

    [Fact(Timeout = 15000)]
    public async Task CheckAsync_PkgAmongUpgrades_SaysSelfUpgradeFirst()
    {
        // Arrange
        _pkg.ReplyWithFixture("upgrade-n", "upgrade-pkg-first.txt");

        // Act
        var plan = await _pkg.CreateBackend().CheckAsync(refresh: false, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(plan.SelfUpgradeFirst);
        Assert.Equal(10L * 1024 * 1024, plan.DownloadBytes);
    }

    [Fact(Timeout = 15000)]
    public async Task CheckAsync_LockedPackages_AreHeldNotOffered()
    {
        // Arrange
        _pkg.ReplyWithFixture("upgrade-n", "upgrade-locked-modern.txt");

        // Act
        var plan = await _pkg.CreateBackend().CheckAsync(refresh: false, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(["firefox-esr", "gtk+3"], plan.Held.Select(h => h.Name));
        Assert.DoesNotContain(plan.Updates, u => u.Name is "firefox-esr" or "gtk+3");
    }

    [Fact(Timeout = 15000)]
    public async Task CheckAsync_GarbageOutput_ThrowsBackendException()
    {
        // Arrange
        _pkg.ReplyWithFixture("upgrade-n", "garbage.txt");

        // Act + Assert
        await Assert.ThrowsAsync<BackendException>(() => _pkg.CreateBackend().CheckAsync(false, TestContext.Current.CancellationToken));
    }

    [Fact(Timeout = 15000)]
    public async Task CheckAsync_DryRunExitsNonZero_ThrowsPackageManagerFailed()
    {
        // Arrange
        _pkg.Reply("upgrade-n", "Updating FreeBSD repository catalogue...\n", "pkg: No active remote repositories configured.\n", exitCode: 3);

        // Act
        var error = await Assert.ThrowsAsync<PackageManagerFailedException>(
            () => _pkg.CreateBackend().CheckAsync(false, TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal(3, error.ExitCode);
        Assert.Contains("No active remote repositories configured", error.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = 15000)]
    public async Task CheckAsync_OldPkgExitsOneWithAPlan_ReadsThePlan()
    {
        // Arrange: pkg before 2.4 exited 1 whenever there was something to do.
        _pkg.ReplyWithFixture("upgrade-n", "upgrade-removed-first.txt").Reply("upgrade-n", exitCode: 1);

        // Act
        var plan = await _pkg.CreateBackend().CheckAsync(false, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(5, plan.Updates.Count);
    }

    [Fact(Timeout = 15000)]
    public async Task CheckAsync_RefreshFails_ThrowsPackageManagerFailedWithoutPlanning()
    {
        // Arrange
        _pkg.Reply("update", stderr: "pkg: https://pkg.example/FreeBSD:14:amd64/meta.conf: No address record\n", exitCode: 3);

        // Act
        var error = await Assert.ThrowsAsync<PackageManagerFailedException>(
            () => _pkg.CreateBackend(isRoot: true).CheckAsync(true, TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal("pkg update", error.Command);
        Assert.Equal(["update"], _pkg.Invocations);
    }

    [Fact(Timeout = 15000)]
    public async Task CheckAsync_DatabaseLocked_ThrowsPackageManagerBusy()
    {
        // Arrange
        _pkg.Reply("upgrade-n", stderr: Fixture.Read("lock-busy.err"), exitCode: 1);

        // Act + Assert
        await Assert.ThrowsAsync<PackageManagerBusyException>(() => _pkg.CreateBackend().CheckAsync(false, TestContext.Current.CancellationToken));
    }

    [Fact(Timeout = 15000)]
    public async Task CheckAsync_NoPkgProgram_ThrowsBackendException()
    {
        // Arrange
        File.Delete(Path.Combine(_pkg.BinDirectory, "pkg"));
        var backend = new UpdateStation.Packages.Pkg.PkgBackend(new() { Environment = new Dictionary<string, string?> { ["PATH"] = _pkg.BinDirectory } });

        // Act + Assert
        await Assert.ThrowsAsync<BackendException>(() => backend.CheckAsync(false, TestContext.Current.CancellationToken));
    }
}
