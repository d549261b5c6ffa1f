using System.Diagnostics;

namespace UpdateStation.Instance.Tests;

/// <summary>The instance's protocol bookkeeping on a real main-loop thread.</summary>
public sealed class InstanceHostTests : IDisposable
{
    private readonly LoopHarness _harness = new();

    private RuntimeDirectory Runtime => _harness.Runtime;

    [Fact]
    public async Task TryStart_PublishesAVerifiableState()
    {
        // Arrange
        using var host = _harness.NewHost();

        // Act
        var started = await _harness.OnLoop(host.TryStart);

        // Assert
        Assert.Equal(StartResult.Started, started.Result);
        var found = InstanceLocator.Find(Runtime.Instance);
        Assert.NotNull(found);
        Assert.Equal(Environment.ProcessId, found.Pid);
        Assert.Equal(InstanceState.TrayMode, found.Mode);
        Assert.Null(found.LastCheck);
    }

    [Fact]
    public async Task TryStart_WhileAnotherHostHoldsTheLock_IsAlreadyRunningNamingIt()
    {
        using var first = _harness.NewHost();
        using var second = _harness.NewHost();

        Assert.Equal(StartResult.Started, (await _harness.OnLoop(first.TryStart)).Result);
        Assert.Equal(new StartOutcome(StartResult.AlreadyRunning, Environment.ProcessId), await _harness.OnLoop(second.TryStart));
    }

    [Fact]
    public async Task TryStart_WhileAOneShotInstanceHoldsTheLock_WaitsAndTakesOverWhenItExits()
    {
        // Arrange: a check-now instance holds the lock.
        var oneShot = _harness.NewHost(InstanceState.CheckNowMode);
        await _harness.OnLoop(oneShot.TryStart);
        using var tray = _harness.NewHost(waitsForOneShot: true);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        tray.Started += started.SetResult;

        // Act
        var outcome = await _harness.OnLoop(tray.TryStart);
        await _harness.OnLoop(oneShot.Dispose);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        Assert.Equal(StartResult.Waiting, outcome.Result);
        Assert.Equal(InstanceState.TrayMode, InstanceLocator.Find(Runtime.Instance)?.Mode);
    }

    [Fact]
    public async Task TryStart_WhileATrayHoldsTheLock_DoesNotWaitEvenForATray()
    {
        using var first = _harness.NewHost();
        using var second = _harness.NewHost(waitsForOneShot: true);
        await _harness.OnLoop(first.TryStart);

        Assert.Equal(StartResult.AlreadyRunning, (await _harness.OnLoop(second.TryStart)).Result);
    }

    [Fact]
    public async Task TryStart_LockPathIsADirectory_SaysSoInWords()
    {
        // Arrange
        Directory.CreateDirectory(Runtime.LockFile);
        using var host = _harness.NewHost();

        // Act
        var error = await Assert.ThrowsAsync<InstanceException>(() => _harness.OnLoop(host.TryStart));

        // Assert
        Assert.Equal($"Cannot open the instance lock {Runtime.LockFile}: it is a directory.", error.Message);
    }

    [Fact]
    public async Task TryStart_LockPathIsASymbolicLink_IsRefusedInWords()
    {
        File.CreateSymbolicLink(Runtime.LockFile, Path.Combine(Runtime.Path, "elsewhere"));
        using var host = _harness.NewHost();

        var error = await Assert.ThrowsAsync<InstanceException>(() => _harness.OnLoop(host.TryStart));

        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Runtime.Path, "elsewhere")));
    }

    [Fact]
    public async Task Dispose_UnpublishesAndReleasesTheLock()
    {
        // Arrange
        var host = _harness.NewHost();
        await _harness.OnLoop(host.TryStart);

        // Act
        await _harness.OnLoop(host.Dispose);

        // Assert
        Assert.False(File.Exists(Runtime.StateFile));
        Assert.Null(InstanceLocator.Find(Runtime.Instance));
        using var again = _harness.NewHost();
        Assert.Equal(StartResult.Started, (await _harness.OnLoop(again.TryStart)).Result);
    }

    [Fact(Timeout = 30_000)]
    public async Task TryStart_WhileAStatusProbesTheLock_StartsWhenTheProbeLetsGo()
    {
        // Arrange: where the kernel cannot name the holder, status and check-now probe the lock with a shared flock;
        // here flock(1) (exec'd into cat, which holds it until its stdin closes) stands for a probe caught mid-way.
        File.WriteAllText(Runtime.LockFile, "");
        File.SetUnixFileMode(Runtime.LockFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        using var probe = Process.Start(new ProcessStartInfo("flock", ["--shared", "--no-fork", Runtime.LockFile, "cat"]) { RedirectStandardInput = true })!;
        var inode = Posix.FileStatus.Read(Runtime.LockFile)!.Value.Inode;
        await Poll.UntilAsync(
            () =>
            {
                Assert.False(probe.HasExited, "flock(1) ended before it held the lock.");
                return File.ReadAllLines("/proc/locks").Any(line => line.Contains(" READ ", StringComparison.Ordinal) && line.Contains($":{inode} ", StringComparison.Ordinal));
            },
            TimeSpan.FromSeconds(30),
            () => "flock(1) holds the lock shared");
        using var host = _harness.NewHost();

        // Act: the probe still holds the lock when the host first tries it, and lets go 300 ms later, within the 1 s the
        // host waits for a holder. The delay is the scenario (how long the probe lasts), not a synchronisation.
        var outcome = await _harness.OnLoop(() =>
        {
            _ = Task.Delay(300, TestContext.Current.CancellationToken).ContinueWith(_ => probe.StandardInput.Close(), TaskScheduler.Default);
            return host.TryStart();
        });

        // Assert
        Assert.Equal(StartResult.Started, outcome.Result);
        Assert.Equal(Environment.ProcessId, InstanceLocator.Find(Runtime.Instance)?.Pid);
    }

    public void Dispose() => _harness.Dispose();
}
