using UpdateStation.Packages.Processes;

namespace UpdateStation.Packages.Tests.Processes;

/// <summary>A stopped or stuck child is stopped (SIGTERM, then SIGKILL) and waited for: never orphaned.</summary>
public sealed class ProcessRunnerStopTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("update-station-runner-").FullName;

    private string PidFile => Path.Combine(_directory, "pid");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory(Timeout = 30000)]
    [InlineData("")] // stops at SIGTERM
    [InlineData("trap '' TERM; ")] // an ignored SIGTERM survives exec, so sleep ignores it too: killed after the grace period
    public async Task RunAsync_Cancelled_StopsTheChildBeforeItReturns(string prelude)
    {
        // Arrange
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var running = ProcessRunner.RunAsync("sh", ["-c", $"{prelude}echo $$ > '{PidFile}'; exec sleep 600"], cancellationToken: cancel.Token);
        var pid = await ChildPidAsync();

        // Act
        await cancel.CancelAsync();
        var exception = await Record.ExceptionAsync(() => running);

        // Assert
        Assert.IsAssignableFrom<OperationCanceledException>(exception);
        Assert.False(IsRunning(pid), $"pid {pid} still runs");
    }

    [Fact(Timeout = 30000)]
    public async Task RunAsync_LongerThanTheBound_StopsTheChildAndFailsWithOneLine()
    {
        // Arrange
        var running = ProcessRunner.RunAsync("sh", ["-c", $"echo $$ > '{PidFile}'; exec sleep 600"], timeout: TimeSpan.FromMilliseconds(300),
            cancellationToken: TestContext.Current.CancellationToken);

        // Act
        var exception = await Record.ExceptionAsync(() => running);

        // Assert
        var message = Assert.IsType<BackendException>(exception).Message;
        Assert.Contains("did not finish within 0.3 seconds and was stopped", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
        Assert.False(IsRunning(int.Parse(File.ReadAllText(PidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact(Timeout = 30000)]
    public async Task RunAsync_OutputPastItsLimit_StopsTheChildAndKeepsTheWholeLinesWithin()
    {
        // Arrange: output that never ends (a source that streams forever); only the limit can end the run.
        var running = ProcessRunner.RunAsync("sh", ["-c", $"echo $$ > '{PidFile}'; exec yes 0123456789"], outputLimit: 100_000,
            cancellationToken: TestContext.Current.CancellationToken);

        // Act
        var result = await running;

        // Assert
        Assert.True(result.OutputCut);
        Assert.InRange(result.StandardOutput.Length, 100_000 - 11, 100_000);
        Assert.All(result.StandardOutput.Split('\n')[..^1], line => Assert.Equal("0123456789", line));
        Assert.EndsWith("\n", result.StandardOutput, StringComparison.Ordinal);
        Assert.False(IsRunning(int.Parse(File.ReadAllText(PidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact(Timeout = 30000)]
    public async Task RunAsync_OutputWithinItsLimit_IsWholeAndNotCut()
    {
        // Act
        var result = await ProcessRunner.RunAsync("printf", ["a\nb\n"], outputLimit: 4, cancellationToken: TestContext.Current.CancellationToken);

        // Assert
        Assert.False(result.OutputCut);
        Assert.Equal("a\nb\n", result.StandardOutput);
    }

    /// <summary>Alive and not a zombie: a reaped child has no /proc entry, an unreaped dead one is a zombie.</summary>
    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        var text = File.ReadAllText(stat);
        return !text[(text.LastIndexOf(')') + 2)..].StartsWith('Z');
    }

    private async Task<int> ChildPidAsync()
    {
        await Poll.UntilAsync(() => File.Exists(PidFile) && File.ReadAllText(PidFile).EndsWith('\n'), TimeSpan.FromSeconds(30), () => $"the child wrote its pid to {PidFile}");
        return int.Parse(File.ReadAllText(PidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
