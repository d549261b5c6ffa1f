using System.Diagnostics;

namespace UpdateStation.Posix.Tests;

/// <summary>The safe reader and writer of small files, and modes set exactly whatever the umask.</summary>
public sealed class FileWritingTests : IDisposable
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly string _directory = Directory.CreateTempSubdirectory("us-files-").FullName;

    private string Target => Path.Combine(_directory, "state.json");

    [Fact]
    public void AtomicFile_Write_ReplacesTheContentWithExactlyTheMode()
    {
        // Arrange
        File.WriteAllText(Target, "old");
        File.SetUnixFileMode(Target, UnixFileMode.OtherRead | UnixFileMode.UserRead);

        // Act
        AtomicFile.Write(Target, "new"u8, OwnerReadWrite);

        // Assert
        Assert.Equal("new", File.ReadAllText(Target));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(Target));
        Assert.Single(Directory.GetFiles(_directory));
    }

    [Fact]
    public void AtomicFile_Write_IntoAMissingDirectory_ThrowsInWords()
    {
        var error = Assert.Throws<PosixException>(() => AtomicFile.Write(Path.Combine(_directory, "gone", "x"), "x"u8, OwnerReadWrite));

        Assert.Equal("it does not exist", ErrnoText.Describe(error.Errno));
    }

    [Fact]
    public void BoundedFile_TryRead_Directory_IsRefusedAsADirectory()
    {
        Directory.CreateDirectory(Target);

        Assert.Null(BoundedFile.TryRead(Target, 100, out var problem));
        Assert.Equal("it is a directory", problem);
    }

    [Fact]
    public void BoundedFile_TryRead_Missing_IsNullWithoutAProblem()
    {
        Assert.Null(BoundedFile.TryRead(Target, 100, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void BoundedFile_TryRead_SmallFile_ReadsItWhole()
    {
        File.WriteAllText(Target, "12345");

        Assert.Equal("12345"u8.ToArray(), BoundedFile.TryRead(Target, 5, out _));
        Assert.Null(BoundedFile.TryRead(Target, 4, out var problem));
        Assert.Equal("it is larger than 4 bytes", problem);
    }

    [Fact]
    public void TryCreateDirectory_SetsTheModeExactly_AndSaysWhenSomethingIsThere()
    {
        var path = Path.Combine(_directory, "private");

        Assert.True(PosixFile.TryCreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
        Assert.False(PosixFile.TryCreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(path));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
