namespace UpdateStation.Posix.Tests;

public sealed class FileStatusTests
{
    [Fact]
    public void Read_Directory_HasOwnerModeAndInode()
    {
        // Arrange
        var directory = Directory.CreateTempSubdirectory("us-stat-");
        File.SetUnixFileMode(directory.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead);

        // Act
        var status = FileStatus.Read(directory.FullName);

        // Assert
        Assert.NotNull(status);
        Assert.True(status.Value.IsDirectory);
        Assert.Equal(Identity.EffectiveUserId, status.Value.OwnerId);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead, status.Value.Mode);
        Assert.NotEqual(0ul, status.Value.Inode);
        directory.Delete();
    }

    [Fact]
    public void Read_Missing_ReturnsNull() => Assert.Null(FileStatus.Read("/nonexistent/update-station"));

    [Fact]
    public void Read_SymbolicLink_IsNotFollowed()
    {
        var link = Path.Combine(Path.GetTempPath(), $"us-link-{Guid.NewGuid():N}");
        File.CreateSymbolicLink(link, "/tmp");

        var status = FileStatus.Read(link);

        Assert.True(status!.Value.IsSymbolicLink);
        Assert.False(status.Value.IsDirectory);
        File.Delete(link);
    }
}
