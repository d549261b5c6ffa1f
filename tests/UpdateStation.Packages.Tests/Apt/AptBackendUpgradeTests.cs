using UpdateStation.Packages.Apt;
using UpdateStation.Packages.Model;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Packages.Tests.Apt;

/// <summary>Real upgrades into the world's private dpkg root; they need root, as CI has.</summary>
public sealed class AptBackendUpgradeTests : IDisposable
{
    private readonly AptWorld _world = AptWorld.Sample().Publish();

    public void Dispose() => _world.Dispose();

    private UpgradeRequest Request => new(Path.Combine(_world.Directory, "run.log"));

    private AptBackendOptions Options => new() { AsRoot = true, Environment = _world.Environment, RunDirectory = _world.Directory };

    [Fact(Timeout = 60000)]
    public async Task Upgrade_AsRoot_InstallsIntoPrivateRootWithProgress()
    {
        // Arrange
        SkipUnlessRoot();
        var backend = new AptBackend(Options);
        await backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken);
        var progress = new RecordingProgress();

        // Act
        var result = await backend.UpgradeAsync(Request, progress, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(8, result.Applied.Count);
        Assert.Equal("alpha 1.1-1\n", File.ReadAllText(Path.Combine(_world.RootDirectory, "usr/share/doc/alpha/VERSION")));
        Assert.Contains(progress.Events, e => e is { Step: UpgradeStep.Unpack, Package: "secpkg" });
        Assert.Contains(progress.Events, e => e is { Step: UpgradeStep.Remove, Package: "oldie" });
        Assert.Equal(UpgradeStep.Done, progress.Events[^1].Step);
    }

    [Fact(Timeout = 60000)]
    public async Task Check_AfterUpgrade_UpToDateAndStillHeld()
    {
        // Arrange
        SkipUnlessRoot();
        var backend = new AptBackend(Options);
        await backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken);
        await backend.UpgradeAsync(Request, new RecordingProgress(), TestContext.Current.CancellationToken);

        // Act
        var plan = await backend.CheckAsync(refresh: false, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(plan.IsUpToDate);
        Assert.Equal(["heldpkg"], plan.Held.Select(h => h.Name));
    }

    [Fact(Timeout = 60000)]
    public async Task Upgrade_MaintainerScriptFails_FailsAndTheLogKeepsDpkgsErrorAndTheScriptsOwnWords()
    {
        // Arrange
        SkipUnlessRoot();
        _world.Offer(new AptPackage("alpha", "1.2-1", Postinst: "echo 'alpha-postinst: the frobnicator is not configured' >&2; exit 1")).Publish();
        var backend = new AptBackend(Options);
        await backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken);

        // Act
        var exception = await Record.ExceptionAsync(() => backend.UpgradeAsync(Request, new RecordingProgress(), TestContext.Current.CancellationToken));

        // Assert
        var message = Assert.IsAssignableFrom<BackendException>(exception).Message;
        Assert.Contains("alpha: installed alpha package post-installation script subprocess returned error exit status 1", message, StringComparison.Ordinal);
        var log = File.ReadAllText(Request.LogPath);
        Assert.Contains("alpha-postinst: the frobnicator is not configured", log, StringComparison.Ordinal);
        Assert.Contains("dpkg: error processing package alpha (--configure):", log, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60000)]
    public async Task Upgrade_LockHeldByDpkg_WaitsThenFailsNamingTheHolder()
    {
        // Arrange
        SkipUnlessRoot();
        var backend = new AptBackend(Options with { LockTimeout = TimeSpan.FromSeconds(1) });
        await backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken);
        // dpkg holds its lock while the preinst waits for the gate, which opens only once the upgrade has given up.
        var started = Path.Combine(_world.Directory, "slowpkg-preinst-started");
        var gate = Path.Combine(_world.Directory, "slowpkg-gate");
        var slow = _world.BuildPackage(
            new AptPackage("slowpkg", "1.0-1", Preinst: $"touch '{started}'; while [ ! -e '{gate}' ]; do sleep 0.05; done"), _world.Directory);
        using var dpkg = StartQuietly(
            "dpkg", $"--root={_world.RootDirectory}", "--force-not-root", "--force-script-chrootless", $"--log={_world.Directory}/log/dpkg.log", "-i", slow);
        await Poll.UntilAsync(() => File.Exists(started), TimeSpan.FromSeconds(60), () => $"{started} exists (dpkg holds its lock while it runs a maintainer script)");
        var progress = new RecordingProgress();

        // Act
        var exception = await Record.ExceptionAsync(() => backend.UpgradeAsync(Request, progress, TestContext.Current.CancellationToken));
        File.WriteAllText(gate, "");
        await dpkg.WaitForExitAsync(TestContext.Current.CancellationToken);
        TestContext.Current.SendDiagnosticMessage(exception?.Message ?? "no exception");

        // Assert
        var busy = Assert.IsType<PackageManagerBusyException>(exception);
        Assert.Contains($"process {dpkg.Id} (dpkg)", busy.Message, StringComparison.Ordinal);
        Assert.Contains(progress.Events, e => e.Step == UpgradeStep.WaitingForLock);
        ExceptionAssert.IsOneClearLine(busy);
    }


    [Fact(Timeout = 60000)]
    public async Task Upgrade_PlanChangedSinceItWasShown_RefusesAndChangesNothing()
    {
        // Arrange: the user saw a plan; then the repository offers one more update.
        SkipUnlessRoot();
        var backend = new AptBackend(Options);
        var seen = await backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken);
        _world.Offer(new AptPackage("stable", "1.1-1")).Publish();
        Assert.Equal(0, _world.RunWithWorld("apt-get", "-q", "update").ExitCode);
        var statusBefore = File.ReadAllText(_world.StatusPath);

        // Act
        var exception = await Record.ExceptionAsync(
            () => backend.UpgradeAsync(Request with { Plan = seen }, new RecordingProgress(), TestContext.Current.CancellationToken));

        // Assert
        var changed = Assert.IsType<PlanChangedException>(exception);
        Assert.Contains(changed.Current.Updates, u => u.Name == "stable");
        Assert.Equal(statusBefore, File.ReadAllText(_world.StatusPath));
        ExceptionAssert.IsOneClearLine(changed);
    }

    private static void SkipUnlessRoot()
    {
        if (!UnixUser.CurrentIsRoot)
        {
            Assert.Skip("A real upgrade runs dpkg into a private root, which needs root (CI runs as root).");
        }
    }

    private static System.Diagnostics.Process StartQuietly(string program, params string[] arguments)
    {
        var startInfo = new System.Diagnostics.ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        var process = System.Diagnostics.Process.Start(startInfo)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
