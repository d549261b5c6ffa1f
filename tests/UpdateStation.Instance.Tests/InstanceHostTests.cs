namespace UpdateStation.Instance.Tests;

/// <summary>The instance's bookkeeping on a real main-loop thread, with a check the test completes by hand.</summary>
public sealed class InstanceHostTests : IDisposable
{
    private readonly string _xdg = Directory.CreateTempSubdirectory("us-host-").FullName;
    private readonly HeadlessMainLoop _loop = new();
    private readonly Thread _loopThread;
    private readonly TaskCompletionSource _checkCalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _checksStarted;
    private TaskCompletionSource<CheckSummary> _check = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public InstanceHostTests()
    {
        File.SetUnixFileMode(_xdg, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Runtime = RuntimeDirectory.Open(_xdg);
        _loopThread = new Thread(_loop.Run) { IsBackground = true };
        _loopThread.Start();
    }

    private RuntimeDirectory Runtime { get; }

    [Fact]
    public async Task TryStart_PublishesAVerifiableState()
    {
        // Arrange
        using var host = NewHost();

        // Act
        var started = await OnLoop(host.TryStart);

        // Assert
        Assert.True(started);
        var found = InstanceLocator.Find(Runtime);
        Assert.NotNull(found);
        Assert.Equal(Environment.ProcessId, found.Pid);
        Assert.Equal(InstanceState.TrayMode, found.Mode);
        Assert.Null(found.LastCheck);
    }

    [Fact]
    public async Task TryStart_WhileAnotherHostHoldsTheLock_ReturnsFalse()
    {
        using var first = NewHost();
        using var second = NewHost();

        Assert.True(await OnLoop(first.TryStart));
        Assert.False(await OnLoop(second.TryStart));
    }

    [Fact]
    public async Task StartCheck_WhileACheckRuns_JoinsIt()
    {
        // Arrange
        using var host = NewHost();
        await OnLoop(host.TryStart);

        // Act
        var first = await OnLoop(host.StartCheck);
        var second = await OnLoop(host.StartCheck);

        // Assert: the check function runs on the pool, so wait until it has been called before counting.
        await _checkCalled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Same(first, second);
        Assert.Equal(1, Volatile.Read(ref _checksStarted));
        Assert.True(InstanceLocator.Find(Runtime)!.Checking);
    }

    [Fact]
    public async Task CompletedCheck_IsPublishedAsLastCheck()
    {
        // Arrange
        using var host = NewHost();
        await OnLoop(host.TryStart);
        var completed = new TaskCompletionSource<CheckSummary>(TaskCreationOptions.RunContinuationsAsynchronously);
        host.CheckCompleted += completed.SetResult;
        await OnLoop(host.StartCheck);

        // Act
        _check.SetResult(new CheckSummary(DateTimeOffset.Now, 3, 1, null));
        await completed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        var state = await OnLoop(() => InstanceLocator.Find(Runtime));
        Assert.False(state!.Checking);
        Assert.Equal(3, state.LastCheck!.Updates);
        Assert.Equal(1, state.LastCheck.Security);
    }

    [Fact]
    public async Task FailingCheck_IsPublishedWithItsError()
    {
        using var host = NewHost();
        await OnLoop(host.TryStart);
        var completed = new TaskCompletionSource<CheckSummary>(TaskCreationOptions.RunContinuationsAsynchronously);
        host.CheckCompleted += completed.SetResult;
        await OnLoop(host.StartCheck);

        _check.SetException(new InvalidOperationException("apt-get exploded."));
        var summary = await completed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("apt-get exploded.", summary.Error);
    }

    [Fact]
    public async Task Dispose_UnpublishesAndReleasesTheLock()
    {
        // Arrange
        var host = NewHost();
        await OnLoop(host.TryStart);

        // Act
        await OnLoop(() => { host.Dispose(); return true; });

        // Assert
        Assert.False(File.Exists(Runtime.StateFile));
        Assert.Null(InstanceLocator.Find(Runtime));
        using var again = NewHost();
        Assert.True(await OnLoop(again.TryStart));
    }

    public void Dispose()
    {
        _loop.Quit();
        _loopThread.Join();
        _loop.Dispose();
        System.IO.Directory.Delete(_xdg, recursive: true);
    }

    private InstanceHost NewHost() => new(Runtime, InstanceState.TrayMode, _loop, _ =>
    {
        Interlocked.Increment(ref _checksStarted);
        _checkCalled.TrySetResult();
        return _check.Task;
    });

    private Task<T> OnLoop<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _loop.Post(() => done.SetResult(work()));
        return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
