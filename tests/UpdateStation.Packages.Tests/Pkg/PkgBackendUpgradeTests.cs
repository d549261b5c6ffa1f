using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Tests.Pkg;

public sealed class PkgBackendUpgradeTests : IDisposable
{
    private readonly FakePkg _pkg = new();
    private readonly RecordingProgress _progress = new();

    public void Dispose() => _pkg.Dispose();

    private UpgradeRequest Request => new(Path.Combine(_pkg.ScenarioDirectory, "run.log"));

    [Fact(Timeout = 15000)]
    public async Task UpgradeAsync_AsRoot_StreamsProgressAndReportsApplied()
    {
        // Arrange
        _pkg.ReplyWithFixture("upgrade-y-U", "upgrade-y.txt");

        // Act
        var result = await _pkg.CreateBackend().UpgradeAsync(Request, _progress, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(["upgrade -y -U"], _pkg.Invocations);
        Assert.Equal(
            [UpgradeStep.Download, UpgradeStep.Download, UpgradeStep.Remove, UpgradeStep.Install, UpgradeStep.Unpack,
             UpgradeStep.Upgrade, UpgradeStep.Unpack, UpgradeStep.Done],
            _progress.Events.Select(e => e.Step));
        Assert.Equal([50.0, 100.0, 100.0 / 3, 200.0 / 3, 200.0 / 3, 100.0, 100.0, 100.0], _progress.Events.Select(e => e.Percent ?? -1));
        Assert.Equal(
            [new PackageChange("oldtool", ChangeAction.Remove, "0.9", null), new PackageChange("libfoo", ChangeAction.Install, null, "1.2.3"),
             new PackageChange("curl", ChangeAction.Upgrade, "8.4.0", "8.5.0")],
            result.Applied);
    }

    [Fact(Timeout = 15000)]
    public async Task UpgradeAsync_PkgUpgradesItselfFirst_SaysItHappensInTwoSteps()
    {
        // Arrange
        _pkg.ReplyWithFixture("upgrade-y-U", "upgrade-y-self.txt");

        // Act
        var result = await _pkg.CreateBackend().UpgradeAsync(Request, _progress, TestContext.Current.CancellationToken);

        // Assert
        var selfUpgrade = _progress.Events.Where(e => e.Step == UpgradeStep.SelfUpgrade).ToList();
        Assert.Equal(2, selfUpgrade.Count);
        Assert.Contains("two steps", selfUpgrade[0].Message, StringComparison.Ordinal);
        Assert.Contains("step 2 of 2", selfUpgrade[1].Message, StringComparison.Ordinal);
        Assert.Equal(UpgradeStep.SelfUpgrade, _progress.Events[0].Step);
        Assert.True(_progress.Events.ToList().IndexOf(selfUpgrade[1]) > _progress.Events.ToList().FindIndex(e => e.Package == "pkg" && e.Step == UpgradeStep.Upgrade));
        Assert.Equal(["pkg", "zsh"], result.Applied.Select(c => c.Name));
    }

    [Fact(Timeout = 15000)]
    public async Task UpgradeAsync_LockReleasedAfterARetry_WaitsThenUpgrades()
    {
        // Arrange
        _pkg.Reply("upgrade-y-U", stderr: Fixture.Read("lock-busy.err"), exitCode: 1, run: 1)
            .Reply("upgrade-y-U", Fixture.Read("upgrade-y.txt"), stderr: "", exitCode: 0, run: 2);

        // Act
        var result = await _pkg.CreateBackend(lockWait: TimeSpan.FromSeconds(10)).UpgradeAsync(Request, _progress, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(["upgrade -y -U", "upgrade -y -U"], _pkg.Invocations);
        Assert.Equal(UpgradeStep.WaitingForLock, _progress.Events[0].Step);
        Assert.Contains("another pkg", _progress.Events[0].Message, StringComparison.Ordinal);
        Assert.Equal(3, result.Applied.Count);
    }

    [Fact(Timeout = 15000)]
    public async Task UpgradeAsync_LockHeldBeyondTheBound_ThrowsPackageManagerBusy()
    {
        // Arrange
        _pkg.Reply("upgrade-y-U", stderr: Fixture.Read("lock-busy.err"), exitCode: 1);

        // Act
        var error = await Assert.ThrowsAsync<PackageManagerBusyException>(
            () => _pkg.CreateBackend(lockWait: TimeSpan.FromMilliseconds(400)).UpgradeAsync(Request, _progress, TestContext.Current.CancellationToken));

        // Assert
        Assert.Contains("locked by another process", error.Message, StringComparison.Ordinal);
        Assert.True(_pkg.Invocations.Count >= 2);
        Assert.Contains(_progress.Events, e => e.Step == UpgradeStep.WaitingForLock);
    }


    [Fact(Timeout = 15000)]
    public async Task UpgradeAsync_PkgFails_ThrowsPackageManagerFailed()
    {
        // Arrange
        _pkg.Reply("upgrade-y-U", "[1/1] Fetching curl-8.5.0.pkg: ...\n", "pkg: cached package curl-8.5.0: size mismatch, cannot continue\n", exitCode: 1);

        // Act
        var error = await Assert.ThrowsAsync<PackageManagerFailedException>(
            () => _pkg.CreateBackend().UpgradeAsync(Request, _progress, TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal(("pkg upgrade -y -U", 1), (error.Command, error.ExitCode));
        Assert.Contains("size mismatch", error.Message, StringComparison.Ordinal);
    }

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
