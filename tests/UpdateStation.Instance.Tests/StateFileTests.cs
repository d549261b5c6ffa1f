using System.Diagnostics;

namespace UpdateStation.Instance.Tests;

/// <summary>Whatever someone puts at instance.json, reading it ends at once, and anything but a small state is no state.</summary>
public sealed class StateFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("us-state-").FullName;

    private string StatePath => Path.Combine(_directory, "instance.json");

    [Fact(Timeout = 10_000)]
    public async Task TryRead_Fifo_IsNoStateAndDoesNotBlock()
    {
        // Arrange: a FIFO without a writer; a blocking open would wait forever.
        using var mkfifo = Process.Start("mkfifo", [StatePath]);
        await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);

        // Act
        var state = await Task.Run(() => StateFile.TryRead(StatePath, out var problem) is null ? problem : "a state", TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal("it is not a regular file", state);
    }

    [Fact]
    public void TryRead_HugeFile_IsNoState()
    {
        // Arrange: sparse, so it costs no disk.
        using (var file = File.Create(StatePath))
        {
            file.SetLength(100L * 1024 * 1024);
        }

        // Act
        var state = StateFile.TryRead(StatePath, out var problem);

        // Assert
        Assert.Null(state);
        Assert.Equal($"it is larger than {StateFile.MaxBytes} bytes", problem);
    }

    [Fact]
    public void TryRead_SymbolicLinkToAState_IsNoState()
    {
        var elsewhere = Path.Combine(_directory, "elsewhere.json");
        StateFile.Write(elsewhere, State(Environment.ProcessId));
        File.CreateSymbolicLink(StatePath, elsewhere);

        Assert.Null(StateFile.TryRead(StatePath, out var problem));
        Assert.Contains("symbolic link", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void TryRead_PidThatIsNotPositive_IsNoState(int pid)
    {
        StateFile.Write(StatePath, State(pid));

        Assert.Null(StateFile.TryRead(StatePath));
    }

    [Fact]
    public void Write_IsReadableByItsOwnerOnly_AndReadsBack()
    {
        // Act
        StateFile.Write(StatePath, State(42));

        // Assert
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(StatePath));
        Assert.Equal(42, StateFile.TryRead(StatePath)?.Pid);
    }

    [Fact]
    public void Write_OverADirectory_FailsAndLeavesNoTemporaryFile()
    {
        Directory.CreateDirectory(StatePath);

        Assert.Throws<UpdateStation.Posix.PosixException>(() => StateFile.Write(StatePath, State(42)));
        Assert.Empty(Directory.GetFiles(_directory));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static InstanceState State(int pid) => new(pid, 1, InstanceState.TrayMode, DateTimeOffset.Now, 0, false, null);
}
