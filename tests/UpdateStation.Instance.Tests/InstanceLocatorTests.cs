using System.Diagnostics;

namespace UpdateStation.Instance.Tests;

public sealed class InstanceLocatorTests : IDisposable
{
    private readonly string _xdg = Directory.CreateTempSubdirectory("us-locate-").FullName;

    public InstanceLocatorTests()
    {
        File.SetUnixFileMode(_xdg, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Runtime = RuntimeDirectory.Open(_xdg);
    }

    private RuntimeDirectory Runtime { get; }

    [Fact]
    public void Find_NoStateFile_ReturnsNull() => Assert.Null(InstanceLocator.Find(Runtime.Instance));

    [Fact]
    public void Find_StateOfADeadProcess_ReturnsNull()
    {
        // Arrange: what a SIGKILLed instance leaves behind.
        using var gone = Process.Start("true")!;
        gone.WaitForExit();
        StateFile.Write(Runtime.StateFile, State(gone.Id, startTime: 1));

        // Act + Assert
        Assert.Null(InstanceLocator.Find(Runtime.Instance));
    }

    [Fact]
    public void Find_LiveProcessThatIsNotUs_ReturnsNull()
    {
        // Arrange: a live process of ours, under our name in the state, but another executable (a decoy or a reused pid).
        using var sleeper = Process.Start("sleep", "30");
        var identity = UpdateStation.Posix.ProcessIdentity.Read(sleeper.Id)!;
        StateFile.Write(Runtime.StateFile, State(sleeper.Id, identity.StartTime));

        // Act
        var found = InstanceLocator.Find(Runtime.Instance);

        // Assert
        Assert.Null(found);
        sleeper.Kill();
    }

    [Fact]
    public void Find_OurOwnStateWithoutTheLock_ReturnsNull()
    {
        // Arrange: right pid, right start time, right executable, but nobody holds the lock.
        var self = UpdateStation.Posix.ProcessIdentity.Self()!;
        StateFile.Write(Runtime.StateFile, State(self.Pid, self.StartTime));

        Assert.Null(InstanceLocator.Find(Runtime.Instance));
    }

    [Fact]
    public void Find_OurOwnStateWithTheLockButAnotherStartTime_ReturnsNull()
    {
        // Arrange: the pid was reused by a process that started at another time.
        using var held = UpdateStation.Posix.FileLock.TryAcquire(Runtime.LockFile);
        var self = UpdateStation.Posix.ProcessIdentity.Self()!;
        StateFile.Write(Runtime.StateFile, State(self.Pid, self.StartTime + 1));

        Assert.Null(InstanceLocator.Find(Runtime.Instance));
    }

    [Fact]
    public void Find_GarbageStateFile_ReturnsNull()
    {
        File.WriteAllText(Runtime.StateFile, "{ not json");

        Assert.Null(InstanceLocator.Find(Runtime.Instance));
    }

    public void Dispose() => System.IO.Directory.Delete(_xdg, recursive: true);

    private static InstanceState State(int pid, ulong startTime) =>
        new(pid, startTime, InstanceState.TrayMode, DateTimeOffset.Now, 0, false, null);
}
