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
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void IsWriteLocked_FcntlLockAsDpkgTakesIt_IsSeen_AndNotAfterItsRelease()
    {
        // Arrange: FileStream.Lock takes an fcntl record lock on Linux, the kind dpkg holds on its lock file.
        var free = FlockHolders.IsWriteLocked(LockPath + "-missing");
        File.WriteAllText(LockPath, "");
        bool? held;
        using (var stream = new FileStream(LockPath, FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Lock(0, 1);

            // Act
            held = FlockHolders.IsWriteLocked(LockPath);
        }

        var released = FlockHolders.IsWriteLocked(LockPath);

        // Assert
        Assert.Null(free);
        Assert.True(held);
        Assert.False(released);
    }

    [Fact]
    public void TryAcquire_ThroughSymbolicLink_IsRefused()
    {
        // Arrange: O_NOFOLLOW, so a planted link cannot redirect the lock to another file.
        File.CreateSymbolicLink(LockPath, Path.Combine(_directory, "elsewhere"));

        // Act + Assert
        Assert.Throws<PosixException>(() => FileLock.TryAcquire(LockPath));
    }

    [Fact]
    public void TryAcquire_DirectoryAtThePath_ThrowsEisdirNotEbadf()
    {
        // Arrange: open(2)'s -1 once looked like a valid descriptor, and flock then failed with EBADF.
        Directory.CreateDirectory(LockPath);

        // Act
        var error = Assert.Throws<PosixException>(() => FileLock.TryAcquire(LockPath));

        // Assert
        Assert.Equal("it is a directory", ErrnoText.Describe(error.Errno));
    }

    [Fact]
    public void TryAcquire_Fifo_IsRefusedWithoutBlocking()
    {
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [LockPath]))
        {
            mkfifo.WaitForExit();
        }

        Assert.Throws<UnexpectedFileTypeException>(() => FileLock.TryAcquire(LockPath));
    }

    [Fact]
    public void TryAcquire_GivesTheFileExactlyOwnerReadWrite_AndNoticesItsDeletion()
    {
        // Arrange
        File.WriteAllText(LockPath, "");
        File.SetUnixFileMode(LockPath, UnixFileMode.None);

        // Act
        using var held = FileLock.TryAcquire(LockPath)!;
        var mode = File.GetUnixFileMode(LockPath);
        var before = held.IsStillAt(LockPath);
        File.Delete(LockPath);
        File.WriteAllText(LockPath, "");

        // Assert
        Assert.True(before);
        Assert.False(held.IsStillAt(LockPath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
