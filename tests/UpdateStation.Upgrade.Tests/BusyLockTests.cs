using UpdateStation.Packages;

namespace UpdateStation.Upgrade.Tests;

/// <summary>"An upgrade runs": one holder at a time, in a directory of the caller's alone (root's, for the helper).</summary>
public sealed class BusyLockTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("update-station-busy-").FullName;

    private string LockDirectory => Path.Combine(_parent, "lock");

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public void TryAcquire_InAFreshDirectory_MakesItOwnerOnlyAndHoldsTheLockUntilDisposed()
    {
        // Act
        var first = BusyLock.TryAcquire(LockDirectory);
        var whileHeld = BusyLock.TryAcquire(LockDirectory);
        first!.Dispose();
        using var afterwards = BusyLock.TryAcquire(LockDirectory);

        // Assert
        Assert.Null(whileHeld);
        Assert.NotNull(afterwards);
        Assert.Equal(BusyLock.PathIn(LockDirectory), first.Path);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(LockDirectory));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(first.Path));
    }

    [Fact]
    public void TryAcquire_InADirectoryOthersMayEnter_IsRefusedNotRepaired()
    {
        // Arrange
        Directory.CreateDirectory(LockDirectory, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(LockDirectory, (UnixFileMode)0b111_101_101);

        // Act
        var error = Assert.Throws<BackendException>(() => BusyLock.TryAcquire(LockDirectory));

        // Assert
        Assert.Contains("it is open to group or others (mode 755)", error.Message, StringComparison.Ordinal);
        Assert.Equal((UnixFileMode)0b111_101_101, File.GetUnixFileMode(LockDirectory));
        Assert.False(File.Exists(BusyLock.PathIn(LockDirectory)));
    }

    [Fact]
    public void TryAcquire_ThroughASymbolicLink_IsRefused()
    {
        // Arrange
        var target = Directory.CreateDirectory(Path.Combine(_parent, "elsewhere"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute).FullName;
        File.CreateSymbolicLink(LockDirectory, target);

        // Act
        var error = Assert.Throws<BackendException>(() => BusyLock.TryAcquire(LockDirectory));

        // Assert
        Assert.Contains("it is a symbolic link", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(target, BusyLock.FileName)));
    }

    [Fact]
    public void TryAcquire_WhereAFileStandsForTheDirectory_IsRefused()
    {
        // Arrange
        File.WriteAllText(LockDirectory, "");

        // Act
        var error = Assert.Throws<BackendException>(() => BusyLock.TryAcquire(LockDirectory));

        // Assert
        Assert.Contains("it is not a directory", error.Message, StringComparison.Ordinal);
    }
}
