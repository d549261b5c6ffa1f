using System.Collections.Concurrent;

namespace UpdateStation.Instance.Tests;

/// <summary>A running instance whose runtime directory is tampered with: it recovers, or steps down, and never dies.</summary>
public sealed class InstanceHostRecoveryTests : IDisposable
{
    private readonly LoopHarness _harness = new();
    private readonly ConcurrentQueue<string> _notices = new();

    private RuntimeDirectory Runtime => _harness.Runtime;

    [Fact]
    public async Task DeletedLockFile_IsTakenAgainAndTheStateRepublished()
    {
        // Arrange
        using var host = await StartedHost();

        // Act
        File.Delete(Runtime.LockFile);
        File.Delete(Runtime.StateFile);

        // Assert
        await _harness.UntilAsync(() => InstanceLocator.Find(Runtime.Instance) is not null, "the instance holds a new lock and has republished");
        Assert.Contains(_notices, n => n.Contains("removed or replaced", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeletedRuntimeDirectory_IsCreatedAgainPrivate()
    {
        // Arrange
        using var host = await StartedHost();

        // Act
        Directory.Delete(Runtime.Path, recursive: true);

        // Assert
        await _harness.UntilAsync(() => InstanceLocator.Find(Runtime.Instance) is not null, "the directory is back with a held lock and a state");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Runtime.Path));
    }

    [Fact]
    public async Task LockTakenByAnotherAfterDeletion_StepsDown()
    {
        // Arrange
        using var host = await StartedHost();
        var steppedDown = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        host.SteppedDown += steppedDown.SetResult;

        // Act: the file goes, and someone else locks the new one before the instance looks again.
        using var other = await _harness.OnLoop(() =>
        {
            File.Delete(Runtime.LockFile);
            return UpdateStation.Posix.FileLock.TryAcquire(Runtime.LockFile);
        });
        var reason = await steppedDown.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        Assert.NotNull(other);
        Assert.Contains("only one runs", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateThatCannotBePublished_IsReportedRetriedAndLeavesNoTemporaryFile()
    {
        // Arrange: a directory where the state goes.
        using var host = await StartedHost();
        File.Delete(Runtime.StateFile);
        Directory.CreateDirectory(Runtime.StateFile);

        // Act
        await _harness.OnLoop(() => host.Update(state => state with { Checking = true }));
        var leftovers = Directory.GetFiles(Runtime.Path, "*.tmp");
        Directory.Delete(Runtime.StateFile);

        // Assert
        Assert.Contains(_notices, n => n.Contains($"cannot publish {Runtime.StateFile}: it is a directory", StringComparison.Ordinal));
        Assert.Empty(leftovers);
        await _harness.UntilAsync(() => InstanceLocator.Find(Runtime.Instance) is { Checking: true }, "the state is published once the way is clear");
    }

    public void Dispose() => _harness.Dispose();

    private async Task<InstanceHost> StartedHost()
    {
        var host = _harness.NewHost();
        host.Notice += _notices.Enqueue;
        Assert.Equal(StartResult.Started, (await _harness.OnLoop(host.TryStart)).Result);
        return host;
    }
}
