namespace UpdateStation.Posix.Tests;

public sealed class FileLockTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("us-lock-").FullName;

    private string LockPath => Path.Combine(_directory, "instance.lock");

    [Fact]
    public void TryAcquire_WhenFree_ReturnsLockAndCreatesFile()
    {
        // Act
        using var fileLock = FileLock.TryAcquire(LockPath);

        // Assert
        Assert.NotNull(fileLock);
        Assert.True(File.Exists(LockPath));
    }

    [Fact]
    public void TryAcquire_WhenHeldByAnotherOpenFile_ReturnsNull()
    {
        // Arrange: flock belongs to the open file description, so a second open contends even in one process.
        using var first = FileLock.TryAcquire(LockPath);

        // Act
        using var second = FileLock.TryAcquire(LockPath);

        // Assert
        Assert.NotNull(first);
        Assert.Null(second);
    }

    [Fact]
    public void TryAcquire_AfterRelease_Succeeds()
    {
        // Arrange
        FileLock.TryAcquire(LockPath)!.Dispose();

        // Act
        using var again = FileLock.TryAcquire(LockPath);

        // Assert
        Assert.NotNull(again);
    }

    [Fact]
    public void IsHeld_ReflectsTheLock()
    {
        Assert.False(FileLock.IsHeld(LockPath));
        using (FileLock.TryAcquire(LockPath))
        {
            Assert.True(FileLock.IsHeld(LockPath));
        }

        Assert.False(FileLock.IsHeld(LockPath));
    }

    [Fact]
    public void HoldsExclusive_NamesTheHolderPid()
    {
        // Arrange
        using var held = FileLock.TryAcquire(LockPath);

        // Act
        var byUs = FlockHolders.HoldsExclusive(Environment.ProcessId, LockPath);
        var byInit = FlockHolders.HoldsExclusive(1, LockPath);

        // Assert
        Assert.True(byUs);
        Assert.False(byInit);
    }

    [Fact]
    public void TryAcquire_ThroughSymbolicLink_IsRefused()
    {
        // Arrange: O_NOFOLLOW, so a planted link cannot redirect the lock to another file.
        File.CreateSymbolicLink(LockPath, Path.Combine(_directory, "elsewhere"));

        // Act + Assert
        Assert.Throws<PosixException>(() => FileLock.TryAcquire(LockPath));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
