using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>
/// Upgrades the real pkg cannot show here, played by the stand-in: a new FreeBSD kernel (freebsd-version reads the installed
/// and the running kernel). The real pkg's upgrades
/// into a private root are in PkgBackendUpgradeTests.
/// </summary>
public sealed class PkgStandInUpgradeTests : IDisposable
{
    private readonly FakePkg _pkg = new();
    private readonly RecordingProgress _progress = new();

    public void Dispose() => _pkg.Dispose();

    private UpgradeRequest Request => new(Path.Combine(_pkg.ScenarioDirectory, "run.log"));

    [Fact(Timeout = 15000)]
    public async Task UpgradeAsync_NewKernelInstalled_SaysRestartRequired()
    {
        // Arrange
        _pkg.ReplyWithFixture("upgrade-y-U", "upgrade-y.txt");
        _pkg.InstalledKernel = "14.2-RELEASE";
        _pkg.RunningKernel = "14.1-RELEASE-p5";

        // Act
        var result = await _pkg.CreateBackend().UpgradeAsync(Request, _progress, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(result.Restart.Required);
        Assert.Contains("14.2-RELEASE", result.Restart.Reason, StringComparison.Ordinal);
    }

    [Fact(Timeout = 15000)]
    public async Task UpgradeAsync_SameKernelOrNoFreeBsdVersion_NoRestart()
    {
        // Arrange
        _pkg.ReplyWithFixture("upgrade-y-U", "upgrade-y.txt");
        File.Delete(Path.Combine(_pkg.BinDirectory, "freebsd-version"));

        // Act
        var result = await _pkg.CreateBackend().UpgradeAsync(Request, _progress, TestContext.Current.CancellationToken);

        // Assert
        Assert.False(result.Restart.Required);
    }
}
