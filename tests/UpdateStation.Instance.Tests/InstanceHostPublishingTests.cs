using System.Runtime.InteropServices;
using System.Collections.Concurrent;
using UpdateStation.Posix;

namespace UpdateStation.Instance.Tests;

/// <summary>
/// The host as the window and the legacy icon use it: its own files, published only once the process says it is up,
/// activated by a real SIGUSR1 from <see cref="InstanceClient"/>, stopped by a real stop signal.
/// </summary>
public sealed class InstanceHostPublishingTests : IDisposable
{
    private const string Name = "window";

    private readonly LoopHarness _harness = new();
    private readonly ConcurrentQueue<string> _notices = new();

    private InstanceFiles Files => _harness.Runtime.Files(Name);

    [Fact]
    public async Task PublishesLater_HoldsTheLockButPublishesNothingUntilAsked()
    {
        // Arrange
        using var host = NewHost();
        using var rival = NewHost();

        // Act
        var outcome = await _harness.OnLoop(host.TryStart);
        var rivalOutcome = await _harness.OnLoop(rival.TryStart);
        var fileBeforePublish = File.Exists(Files.StateFile);
        var lookupBeforePublish = InstanceLocator.Inspect(Files);
        await _harness.OnLoop(host.Publish);

        // Assert
        Assert.Equal(StartResult.Started, outcome.Result);
        Assert.Equal(StartResult.AlreadyRunning, rivalOutcome.Result);
        Assert.False(fileBeforePublish, "the state was published before the process said it was up");
        Assert.True(lookupBeforePublish.LockHeld);
        Assert.Null(lookupBeforePublish.Instance);
        var found = InstanceLocator.Find(Files);
        Assert.NotNull(found);
        Assert.Equal((Environment.ProcessId, Name), (found.Pid, found.Mode));
    }

    [Fact]
    public async Task PublishesLater_ActivationsBeforeThePublish_AreCountedInIt()
    {
        // Arrange
        using var host = NewHost();
        await _harness.OnLoop(host.TryStart);

        // Act
        await _harness.OnLoop(host.Activate);
        var fileAfterActivation = File.Exists(Files.StateFile);
        await _harness.OnLoop(host.Publish);

        // Assert
        Assert.False(fileAfterActivation, "an activation published the state before the process said it was up");
        Assert.Equal(1, InstanceLocator.Find(Files)?.Activations);
    }

    [Fact]
    public async Task PublishesLater_AFirstPublishThatFails_SaysSoInWordsAndPublishesNothing()
    {
        // Arrange
        Directory.CreateDirectory(Files.StateFile);
        using var host = NewHost();
        await _harness.OnLoop(host.TryStart);

        // Act
        var error = await Assert.ThrowsAsync<InstanceException>(() => _harness.OnLoop(host.Publish));
        Directory.Delete(Files.StateFile);
        await _harness.OnLoop(host.Activate);

        // Assert
        Assert.Equal($"Cannot publish {Files.StateFile}: it is a directory.", error.Message);
        Assert.False(File.Exists(Files.StateFile), "an activation published a state whose first publish had failed");
        Assert.Empty(_notices);
    }

    [Fact(Timeout = 30_000)]
    public async Task ActivationWhosePublishFails_IsAcknowledgedOnceTheWayIsClear()
    {
        // Arrange: a published host, and a directory where its next write's temporary file goes.
        using var host = NewHost();
        var activated = 0;
        host.Activated += () => activated++;
        await _harness.OnLoop(host.TryStart);
        await _harness.OnLoop(host.Publish);
        var blocker = $"{Files.StateFile}.{Environment.ProcessId}.tmp";
        Directory.CreateDirectory(blocker);

        // Act: a real client signals this process (SIGUSR1) and waits for the count to rise.
        var client = Task.Run(() => InstanceClient.Activate(Files, TimeSpan.FromSeconds(20)), TestContext.Current.CancellationToken);
        await _harness.UntilAsync(() => _notices.Any(n => n.StartsWith($"cannot publish {Files.StateFile}", StringComparison.Ordinal)), "the failed write is reported");
        var countWhileBlocked = StateFile.TryRead(Files.StateFile)?.Activations;
        Directory.Delete(blocker);
        var outcome = await client.WaitAsync(TimeSpan.FromSeconds(25), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(0, countWhileBlocked);
        Assert.Equal(new ActivationOutcome(ActivationResult.Acknowledged, Environment.ProcessId), outcome);
        Assert.Equal(1, await _harness.OnLoop(() => activated));
        Assert.Contains(_notices, n => n == $"published {Files.StateFile} again");
    }

    [Fact(Timeout = 30_000)]
    public async Task StopSignal_EndsTheLoopAndIsNamed()
    {
        // Arrange: a loop of its own, running, so the signal's default action is cancelled and the loop ends cleanly.
        using var loop = new HeadlessMainLoop();
        var host = new InstanceHost(Files, Name, loop);
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        loop.Post(() =>
        {
            host.TryStart();
            running.SetResult();
        });
        var thread = new Thread(loop.Run) { IsBackground = true };
        thread.Start();
        await running.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        // Act
        Assert.True(ProcessSignals.TrySend(Environment.ProcessId, Signal.SIGTERM));
        var ended = thread.Join(TimeSpan.FromSeconds(20));
        host.Dispose();

        // Assert
        Assert.True(ended, "the loop did not end after SIGTERM");
        Assert.Equal(PosixSignal.SIGTERM, host.StoppedBy);
        Assert.False(File.Exists(Files.StateFile));
    }

    public void Dispose() => _harness.Dispose();

    private InstanceHost NewHost()
    {
        var host = new InstanceHost(Files, Name, _harness.Loop) { PublishesLater = true, WatchInterval = TimeSpan.FromMilliseconds(50) };
        host.Notice += _notices.Enqueue;
        return host;
    }
}
