namespace UpdateStation.Posix.Tests;

/// <summary>One way to put errno into words: a number, a PosixException and .NET's file exceptions read alike.</summary>
public sealed class ErrnoTextTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("us-errno-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Describe_PosixException_SaysWhatItsErrnoSays()
    {
        // Arrange
        var error = Assert.Throws<PosixException>(() => AtomicFile.Write(Path.Combine(_directory, "gone", "x"), "x"u8, UnixFileMode.UserRead));

        // Act
        var words = ErrnoText.Describe(error);

        // Assert
        Assert.Equal("it does not exist", words);
    }

    [Fact]
    public void Describe_IOExceptionCarryingAnErrno_IsTheCLibrarysSentenceInLowercase()
    {
        // Arrange: on Unix .NET puts the raw errno in an IOException's HResult (a full disk here).
        var error = new IOException("IO_DiskFull_Path_Reason", PlatformConstants.ENOSPC);

        // Act
        var words = ErrnoText.Describe(error);

        // Assert
        Assert.Equal("no space left on device", words);
    }

    [Fact]
    public void Describe_UnauthorizedAccess_IsPermissionDenied()
    {
        // Act
        var words = ErrnoText.Describe(new UnauthorizedAccessException("UnauthorizedAccess_IODenied_Path"));

        // Assert
        Assert.Equal("permission denied", words);
    }

    [Fact]
    public void Strerror_KeepsTheCLibrarysCapital()
    {
        // Act
        var words = ErrnoText.Strerror(PlatformConstants.EACCES);

        // Assert
        Assert.Equal("Permission denied", words);
    }
}
