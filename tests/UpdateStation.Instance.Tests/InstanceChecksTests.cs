namespace UpdateStation.Instance.Tests;

/// <summary>Checks on a real main-loop thread, with a check the test completes by hand and a string for a plan.</summary>
public sealed class InstanceChecksTests : IDisposable
{
    private readonly LoopHarness _harness = new();
    private readonly TaskCompletionSource _checkCalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<CheckResult<string>> _check = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _checksStarted;
    private bool? _refreshed;

    [Fact]
    public async Task Start_WhileACheckRuns_JoinsIt()
    {
        // Arrange
        using var host = _harness.NewHost();
        using var checks = NewChecks(host);
        await _harness.OnLoop(host.TryStart);

        // Act
        var first = await _harness.OnLoop(() => checks.Start());
        var second = await _harness.OnLoop(() => checks.Start());

        // Assert: the check function runs on the pool, so wait until it has been called before counting.
        await _checkCalled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Same(first, second);
        Assert.Equal(1, Volatile.Read(ref _checksStarted));
        Assert.True(InstanceLocator.Find(_harness.Runtime.Instance)!.Checking);
    }

    [Fact]
    public async Task CompletedCheck_IsPublishedAsLastCheck_AndItsPlanInPlanJson()
    {
        // Arrange
        using var host = _harness.NewHost();
        using var checks = NewChecks(host);
        await _harness.OnLoop(host.TryStart);
        var completed = new TaskCompletionSource<CheckResult<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        checks.Completed += completed.SetResult;
        await _harness.OnLoop(() => checks.Start());

        // Act
        _check.SetResult(new(new CheckSummary(DateTimeOffset.Now, 3, 1, null), "the plan"));
        var result = await completed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        var state = await _harness.OnLoop(() => InstanceLocator.Find(_harness.Runtime.Instance));
        Assert.False(state!.Checking);
        Assert.Equal(3, state.LastCheck!.Updates);
        Assert.Equal(1, state.LastCheck.Security);
        Assert.Equal("the plan", result.Plan);
        Assert.Equal("{\"plan\":\"the plan\"}", File.ReadAllText(_harness.Runtime.PlanFile));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_harness.Runtime.PlanFile));
    }

    [Fact]
    public async Task FailingCheck_IsPublishedWithItsError_AndLeavesThePlanAlone()
    {
        using var host = _harness.NewHost();
        using var checks = NewChecks(host);
        await _harness.OnLoop(host.TryStart);
        var completed = new TaskCompletionSource<CheckResult<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        checks.Completed += completed.SetResult;
        await _harness.OnLoop(() => checks.Start());

        _check.SetException(new InvalidOperationException("apt-get exploded."));
        var result = await completed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("apt-get exploded.", result.Summary.Error);
        Assert.Null(result.Plan);
        Assert.False(File.Exists(_harness.Runtime.PlanFile));
    }

    [Fact]
    public async Task Start_WithoutRefresh_TellsTheCheck_AndRaisesStartedOnceForAJoinedCheck()
    {
        // Arrange
        using var host = _harness.NewHost();
        using var checks = NewChecks(host);
        await _harness.OnLoop(host.TryStart);
        var started = 0;
        checks.Started += () => started++;

        // Act
        await _harness.OnLoop(() => checks.Start(refresh: false));
        await _harness.OnLoop(() => checks.Start());
        await _checkCalled.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        Assert.False(_refreshed);
        Assert.Equal(1, await _harness.OnLoop(() => started));
        Assert.True(await _harness.OnLoop(() => checks.IsRunning));
    }

    public void Dispose() => _harness.Dispose();

    private InstanceChecks<string> NewChecks(InstanceHost host) => new(host, _harness.Loop, (refresh, _) =>
    {
        _refreshed = refresh;
        Interlocked.Increment(ref _checksStarted);
        _checkCalled.TrySetResult();
        return _check.Task;
    }, plan => System.Text.Encoding.UTF8.GetBytes($"{{\"plan\":\"{plan}\"}}"));
}
