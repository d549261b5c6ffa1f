using System.Diagnostics;

namespace UpdateStation.Posix.Tests;

public sealed class PidHandleTests
{
    [Fact(Timeout = 15000)]
    public async Task TrySend_ToLiveProcess_DeliversTheSignal()
    {
        // Arrange
        using var sleeper = Process.Start("sleep", "30");
        using var handle = PidHandle.Open(sleeper.Id);

        // Act
        var sent = handle!.TrySend(Signal.SIGTERM);
        await sleeper.WaitForExitAsync(TestContext.Current.CancellationToken);

        // Assert
        Assert.True(sent);
        Assert.Equal(128 + 15, sleeper.ExitCode);
    }

    [Fact(Timeout = 15000)]
    public async Task TrySend_AfterTheProcessWasReaped_ReturnsFalse()
    {
        // Arrange: the pidfd pins the process; once it is reaped, the pid may be reused but the pidfd can't reach it.
        using var sleeper = Process.Start("sleep", "30");
        using var handle = PidHandle.Open(sleeper.Id);
        sleeper.Kill();
        await sleeper.WaitForExitAsync(TestContext.Current.CancellationToken);

        // Act
        var sent = handle!.TrySend(Signal.SIGUSR1);

        // Assert
        Assert.False(sent);
    }

    [Fact]
    public void Open_NoSuchProcess_ReturnsNull() => Assert.Null(PidHandle.Open(int.MaxValue - 1));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Open_PidThatIsNotPositive_ReturnsNull(int pid) => Assert.Null(PidHandle.Open(pid));
}
