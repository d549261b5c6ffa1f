namespace UpdateStation.Posix.Tests;

/// <summary>A private cache tree: made 0700, and what a former run left at mode 000 made usable; links never followed.</summary>
public sealed class PrivateTreeTests : IDisposable
{
    private const UnixFileMode Directory0700 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private readonly string _directory = Directory.CreateTempSubdirectory("us-private-").FullName;

    private string Root => Path.Combine(_directory, "cache", "update-station", "apt");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Prepare_MissingTree_MakesEveryNewDirectory0700()
    {
        // Act
        PrivateTree.Prepare(Root);

        // Assert
        Assert.Equal(Directory0700, File.GetUnixFileMode(Root));
        Assert.Equal(Directory0700, File.GetUnixFileMode(Path.GetDirectoryName(Root)!));
    }

    [Fact]
    public void Prepare_TreeLeftAtMode000_GivesDirectories0700AndFilesTheirOwnersReadAndWrite()
    {
        // Arrange
        string lists = Path.Combine(Root, "lists");
        string file = Path.Combine(lists, "Packages");
        Directory.CreateDirectory(lists);
        File.WriteAllText(file, "");
        File.SetUnixFileMode(file, UnixFileMode.OtherRead);
        File.SetUnixFileMode(lists, UnixFileMode.None);
        File.SetUnixFileMode(Root, UnixFileMode.None);

        // Act
        PrivateTree.Prepare(Root);

        // Assert
        Assert.Equal((Directory0700, Directory0700), (File.GetUnixFileMode(Root), File.GetUnixFileMode(lists)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead, File.GetUnixFileMode(file));
    }

    [Fact]
    public void Prepare_LinkToAFileOutside_LeavesThatFileAlone()
    {
        // Arrange: apt links a file: repository's index into its lists; that file is not ours to change.
        string outside = Path.Combine(_directory, "repository-Packages");
        File.WriteAllText(outside, "");
        File.SetUnixFileMode(outside, UnixFileMode.None);
        Directory.CreateDirectory(Root);
        File.CreateSymbolicLink(Path.Combine(Root, "Packages"), outside);

        // Act
        PrivateTree.Prepare(Root);

        // Assert
        Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(outside));
    }
}
