using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>
/// What the real pkg cannot show here, played by the stand-in (tests/fakes/pkg): a vulnerability database (pkg audit reads
/// VuXML fetched from the FreeBSD project, which these worlds do not have), pkg before 2.4 (exit 1 with a plan; the real
/// one here is 2.8.99) and a program named pkg that is not FreeBSD's. The rest runs against the real pkg: PkgBackendCheckTests.
/// </summary>
public sealed class PkgStandInCheckTests : IDisposable
{
    private readonly FakePkg _pkg = new();

    public void Dispose() => _pkg.Dispose();

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
    public async Task CheckAsync_GarbageOutput_ThrowsBackendException()
    {
        // Arrange
        _pkg.ReplyWithFixture("upgrade-n", "garbage.txt");

        // Act + Assert
        await Assert.ThrowsAsync<BackendException>(() => _pkg.CreateBackend().CheckAsync(false, TestContext.Current.CancellationToken));
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
}
