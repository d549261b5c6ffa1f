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
    public void Describe_IOExceptionFromTheRuntime_IsTheCLibrarysSentenceInLowercase()
    {
        // Arrange: writing to a directory fails with EISDIR, which .NET carries as the HResult.
        var error = Assert.ThrowsAny<IOException>(() => File.WriteAllText(_directory, "x"));

        // Act
        var words = ErrnoText.Describe(error);

        // Assert
        Assert.Equal(ErrnoText.Strerror(PlatformConstants.EISDIR).ToLowerInvariant(), words);
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
