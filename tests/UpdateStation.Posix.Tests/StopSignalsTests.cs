using System.Runtime.InteropServices;

namespace UpdateStation.Posix.Tests;

/// <summary>The stop signals, sent for real to this process: each registrant's handler sees them, and cancels the default action.</summary>
public sealed class StopSignalsTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(PosixSignal.SIGHUP, 129)]
    [InlineData(PosixSignal.SIGINT, 130)]
    [InlineData(PosixSignal.SIGQUIT, 131)]
    [InlineData(PosixSignal.SIGTERM, 143)]
    public void ExitStatusFor_IsWhatAShellReports(PosixSignal signal, int expected) =>
        Assert.Equal(expected, StopSignals.ExitStatusFor(signal));

    [Fact]
    public void All_AreHangupInterruptQuitAndTerminate() =>
        Assert.Equal([PosixSignal.SIGHUP, PosixSignal.SIGINT, PosixSignal.SIGQUIT, PosixSignal.SIGTERM], StopSignals.All);

    [Fact(Timeout = 30_000)]
    public async Task Register_SeesEachStopSignal()
    {
        // Arrange
        var seen = new TaskCompletionSource<PosixSignal>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = StopSignals.Register(context =>
        {
            context.Cancel = true;
            seen.TrySetResult(context.Signal);
        });

        // Act
        Assert.True(ProcessSignals.TrySend(Environment.ProcessId, Signal.SIGTERM));
        var signal = await seen.Task.WaitAsync(s_wait, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(PosixSignal.SIGTERM, signal);
    }

    [Fact(Timeout = 30_000)]
    public async Task StoppableRun_IsStoppedBeforeItsChangesAndRefusesAfter()
    {
        // Arrange
        var refused = new TaskCompletionSource<PosixSignal>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var run = new StoppableRun(signal => refused.TrySetResult(signal));
        using var changing = new StoppableRun(signal => refused.TrySetResult(signal));
        changing.BeginChanges();
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = run.Token.Register(stopped.SetResult);

        // Act: one SIGTERM reaches both runs, one still stoppable and one changing packages.
        Assert.True(ProcessSignals.TrySend(Environment.ProcessId, Signal.SIGTERM));
        await stopped.Task.WaitAsync(s_wait, TestContext.Current.CancellationToken);
        var refusal = await refused.Task.WaitAsync(s_wait, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(PosixSignal.SIGTERM, run.StoppedBy);
        Assert.Throws<OperationCanceledException>(run.BeginChanges);
        Assert.Equal(PosixSignal.SIGTERM, refusal);
        Assert.Null(changing.StoppedBy);
        Assert.False(changing.Token.IsCancellationRequested);
    }
}
