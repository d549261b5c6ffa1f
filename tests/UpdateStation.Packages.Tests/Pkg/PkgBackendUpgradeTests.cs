using UpdateStation.Packages.Model;
using UpdateStation.Packages.Pkg;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>Real `pkg upgrade -y` runs into a world's private root, with its progress, its self-upgrade and its lock.</summary>
public sealed class PkgBackendUpgradeTests : IDisposable
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(45);
    private readonly PkgWorld _world = PkgWorld.Create();
    private readonly RecordingProgress _progress = new();

    public void Dispose() => _world.Dispose();

    [Fact(Timeout = 60_000)]
    public async Task UpgradeAsync_AsRoot_InstallsIntoTheRootWithProgress()
    {
        // Arrange
        var libnew = new PkgPackage("libnew", "1.0");
        _world.Offer(new PkgPackage("curl", "8.5.0")).Offer(new PkgPackage("zsh", "5.9_1", Depends: [libnew])).Offer(libnew)
            .Offer(new PkgPackage("bash", "5.2.26", AlsoShipsFileOf: "oldsh"))
            .Install(new PkgPackage("curl", "8.4.0")).Install(new PkgPackage("zsh", "5.9"))
            .Install(new PkgPackage("bash", "5.2.21")).Install(new PkgPackage("oldsh", "1.0"))
            .Build();

        // Act
        var result = await Backend().UpgradeAsync(Request, _progress, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(
            [("bash", ChangeAction.Upgrade), ("curl", ChangeAction.Upgrade), ("libnew", ChangeAction.Install),
             ("oldsh", ChangeAction.Remove), ("zsh", ChangeAction.Upgrade)],
            result.Applied.Select(c => (c.Name, c.Action)).Order());
        Assert.Equal("curl 8.5.0\n", File.ReadAllText(_world.RootDirectory + PkgPackage.FileOf("curl")));
        Assert.Equal("bash 5.2.26\n", File.ReadAllText(_world.RootDirectory + PkgPackage.FileOf("oldsh")));
        var applying = _progress.Events.Where(e => e.Package is not null).ToList();
        Assert.Equal(100.0, applying[^1].Percent);
        Assert.Equal(applying.Select(e => e.Percent), applying.Select(e => e.Percent).Order());
        Assert.Equal(UpgradeStep.Done, _progress.Events[^1].Step);
    }

    [Fact(Timeout = 60_000)]
    public async Task UpgradeAsync_PkgUpgradesItselfFirst_AppliesItAloneThenPlansAndAppliesTheRest()
    {
        // Arrange
        _world.Offer(new PkgPackage("pkg", "2.0.6")).Offer(new PkgPackage("zsh", "5.9_1"))
            .Install(new PkgPackage("pkg", "2.0.5")).Install(new PkgPackage("zsh", "5.9"))
            .Build();
        var backend = Backend();
        var plan = await backend.CheckAsync(refresh: false, TestContext.Current.CancellationToken);

        // Act
        var result = await backend.UpgradeAsync(Request with { Plan = plan }, _progress, TestContext.Current.CancellationToken);

        // Assert: two runs of pkg, itself alone first, with a dry run between them and no refresh.
        var runs = File.ReadAllLines(Request.LogPath).Where(l => l.Contains("update-station: running pkg", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, runs.Count);
        Assert.EndsWith(" upgrade -y -U pkg", runs[0], StringComparison.Ordinal);
        Assert.EndsWith(" upgrade -y -U", runs[1], StringComparison.Ordinal);
        var events = _progress.Events.ToList();
        Assert.Equal(UpgradeStep.SelfUpgrade, events[0].Step);
        Assert.Contains("two steps", events[0].Message, StringComparison.Ordinal);
        Assert.All(events.Where(e => e.Package == "pkg"), e => Assert.Equal(UpgradeStep.SelfUpgrade, e.Step));
        var secondStep = events.FindIndex(e => e.Message.Contains("step 2 of 2", StringComparison.Ordinal));
        Assert.True(secondStep > events.FindLastIndex(e => e.Package == "pkg"));
        Assert.True(secondStep < events.FindIndex(e => e.Package == "zsh" && e.Step == UpgradeStep.Upgrade));
        Assert.Equal(["pkg", "zsh"], result.Applied.Select(c => c.Name));
        Assert.Equal("zsh 5.9_1\n", File.ReadAllText(_world.RootDirectory + PkgPackage.FileOf("zsh")));
    }

    [Fact(Timeout = 90_000)]
    public async Task UpgradeAsync_RestChangedAfterPkgUpgradedItself_ThrowsPlanChangedAndAppliesNoMore()
    {
        // Arrange: a pkg first on PATH that, once pkg has upgraded itself alone, waits at a gate, so the catalogue can
        // change between the two steps.
        _world.Offer(new PkgPackage("pkg", "2.0.6")).Offer(new PkgPackage("zsh", "5.9_1"))
            .Install(new PkgPackage("pkg", "2.0.5")).Install(new PkgPackage("zsh", "5.9")).Install(new PkgPackage("curl", "8.4.0"))
            .Build();
        var gate = Directory.CreateDirectory(Path.Combine(_world.Directory, "gate")).FullName;
        File.WriteAllText(Path.Combine(gate, "pkg"), $$"""
            #!/bin/sh
            case " $* " in
              *" upgrade -y -U pkg ") '{{_world.PkgPath}}' "$@"; status=$?; touch '{{gate}}/reached'
                while [ ! -e '{{gate}}/open' ]; do sleep 0.05; done; exit $status ;;
            esac
            exec '{{_world.PkgPath}}' "$@"

            """);
        File.SetUnixFileMode(Path.Combine(gate, "pkg"), (UnixFileMode)0b111_101_101);
        var backend = Backend(pathFirst: gate);
        var plan = await backend.CheckAsync(refresh: false, TestContext.Current.CancellationToken);

        // Act: curl 8.5.0 appears in the catalogue while pkg upgrades itself.
        var upgrade = backend.UpgradeAsync(Request with { Plan = plan }, _progress, TestContext.Current.CancellationToken);
        await Poll.UntilAsync(() => File.Exists(Path.Combine(gate, "reached")) || upgrade.IsCompleted, s_wait, () => "pkg reached the gate");
        _world.Offer(new PkgPackage("curl", "8.5.0")).Republish(PkgWorld.Main);
        Assert.Equal(0, _world.RunPkg("update").ExitCode);
        File.WriteAllText(Path.Combine(gate, "open"), "");
        var error = await Assert.ThrowsAsync<PlanChangedException>(() => upgrade);

        // Assert
        Assert.Equal(["pkg"], error.Applied.Select(c => c.Name));
        Assert.Contains(error.Current.Updates, u => u.Name == "curl" && u.NewVersion == "8.5.0");
        Assert.Equal("pkg 2.0.6\n", File.ReadAllText(_world.RootDirectory + PkgPackage.FileOf("pkg")));
        Assert.Equal("zsh 5.9\n", File.ReadAllText(_world.RootDirectory + PkgPackage.FileOf("zsh")));
    }

    [Fact(Timeout = 60_000)]
    public async Task UpgradeAsync_LockReleasedWhileWaiting_UpgradesAfterwards()
    {
        // Arrange
        _world.Offer(new PkgPackage("curl", "8.5.0")).Install(new PkgPackage("curl", "8.4.0")).Install(new PkgPackage("stable", "1.0")).Build();
        var holder = await _world.HoldDatabaseLockAsync("stable", TestContext.Current.CancellationToken);

        // Act
        var upgrade = Backend(lockWait: TimeSpan.FromSeconds(40)).UpgradeAsync(Request, _progress, TestContext.Current.CancellationToken);
        await Poll.UntilAsync(() => _progress.Events.Any(e => e.Step == UpgradeStep.WaitingForLock), s_wait, () => "the backend reports waiting for the lock");
        await holder.DisposeAsync();
        var result = await upgrade;

        // Assert
        Assert.Contains("another pkg", _progress.Events[0].Message, StringComparison.Ordinal);
        Assert.Equal(["curl"], result.Applied.Select(c => c.Name));
    }

    [Fact(Timeout = 60_000)]
    public async Task UpgradeAsync_LockHeldBeyondTheBound_ThrowsPackageManagerBusyAndChangesNothing()
    {
        // Arrange
        _world.Offer(new PkgPackage("curl", "8.5.0")).Install(new PkgPackage("curl", "8.4.0")).Install(new PkgPackage("stable", "1.0")).Build();
        await using var holder = await _world.HoldDatabaseLockAsync("stable", TestContext.Current.CancellationToken);

        // Act
        var error = await Assert.ThrowsAsync<PackageManagerBusyException>(
            () => Backend(lockWait: TimeSpan.FromMilliseconds(500)).UpgradeAsync(Request, _progress, TestContext.Current.CancellationToken));

        // Assert
        Assert.Contains("locked by another process", error.Message, StringComparison.Ordinal);
        Assert.Equal("curl 8.4.0\n", File.ReadAllText(_world.RootDirectory + PkgPackage.FileOf("curl")));
    }

    [Fact(Timeout = 60_000)]
    public async Task UpgradeAsync_PackageMissingFromTheRepository_ThrowsPackageManagerFailed()
    {
        // Arrange: the catalogue still lists curl 8.5.0, but its archive is gone.
        _world.Offer(new PkgPackage("curl", "8.5.0")).Install(new PkgPackage("curl", "8.4.0")).Build();
        File.Delete(Path.Combine(_world.RepositoryDirectory(PkgWorld.Main), "curl-8.5.0.pkg"));

        // Act
        var error = await Assert.ThrowsAsync<PackageManagerFailedException>(
            () => Backend().UpgradeAsync(Request, _progress, TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal("pkg upgrade -y -U", error.Command);
        Assert.Equal("curl 8.4.0\n", File.ReadAllText(_world.RootDirectory + PkgPackage.FileOf("curl")));
    }

    // pkg retries a held lock itself (LOCK_RETRIES times, LOCK_WAIT seconds apart); none here, so the backend's own wait shows.
    private UpgradeRequest Request => new(Path.Combine(_world.Directory, "run.log"));

    private PkgBackend Backend(TimeSpan? lockWait = null, string? pathFirst = null) => new(RealPkgOptions.For(_world, isRoot: true, lockWait) with
    {
        Environment = new Dictionary<string, string?>(PkgWorld.Nullable(_world.Environment))
        {
            ["LOCK_RETRIES"] = "0",
            ["PATH"] = pathFirst is null ? _world.Environment["PATH"] : pathFirst + ":" + _world.Environment["PATH"],
        },
    });
}
