using System.Diagnostics;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Posix.Tests;

/// <summary>The root helper's trust rule: every component from / down is root's and nobody else can write it.</summary>
public sealed class RootOnlyPathTests : IDisposable
{
    private readonly string _root = UnixUser.CurrentIsRoot ? RootOnlyDirectory.Create("root-only-path-") : "/nonexistent";

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Problem_RootsTreeAllTheWay_IsNone()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root can make a tree only root can change.");

        // Arrange
        var file = Path.Combine(_root, "etc", "apt.conf");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "");

        // Act, Assert
        Assert.Null(RootOnlyPath.Problem(file));
    }

    [Fact]
    public void Problem_UnderStickyTmp_NamesTmp()
    {
        // Arrange
        var directory = Directory.CreateTempSubdirectory("root-only-path-").FullName;

        // Act
        var problem = RootOnlyPath.Problem(Path.Combine(directory, "apt.conf"));

        // Assert
        Assert.Equal("'/tmp' can be written by others than root (mode 1777)", problem);
        Directory.Delete(directory);
    }

    [Fact]
    public void Problem_AncestorOwnedByAnotherUser_NamesIt()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Needs root to give a directory to another user.");

        // Arrange
        var theirs = Path.Combine(_root, "theirs");
        Directory.CreateDirectory(Path.Combine(theirs, "etc"));
        Chown(theirs);

        // Act
        var problem = RootOnlyPath.Problem(Path.Combine(theirs, "etc", "apt.conf"));

        // Assert
        Assert.Equal($"'{theirs}' is owned by uid 65534, not root", problem);
    }

    [Fact]
    public void Problem_GroupWritableFile_NamesIt()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root can make a tree only root can change.");

        // Arrange
        var file = Path.Combine(_root, "apt.conf");
        File.WriteAllText(file, "");
        File.SetUnixFileMode(file, (UnixFileMode)0b110_110_100);

        // Act, Assert
        Assert.Equal($"'{file}' can be written by others than root (mode 664)", RootOnlyPath.Problem(file));
    }

    [Fact]
    public void Problem_MissingFileInRootsDirectory_IsNone()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root can make a tree only root can change.");

        Assert.Null(RootOnlyPath.Problem(Path.Combine(_root, "missing", "preferences")));
    }

    [Fact]
    public void Problem_LinkIntoTmp_NamesTmp()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root can make a tree only root can change.");

        // Arrange: a root-owned link in a root-owned directory, pointing at a tree anyone could have renamed into place.
        var elsewhere = Directory.CreateTempSubdirectory("root-only-path-").FullName;
        var link = Path.Combine(_root, "apt.conf.d");
        File.CreateSymbolicLink(link, elsewhere);

        // Act
        var problem = RootOnlyPath.Problem(Path.Combine(link, "99hook"));

        // Assert
        Assert.Equal("'/tmp' can be written by others than root (mode 1777)", problem);
        Directory.Delete(elsewhere);
    }

    [Fact]
    public void Problem_RelativeLinkInsideRootsTree_IsFollowedAndPasses()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root can make a tree only root can change.");

        // Arrange
        Directory.CreateDirectory(Path.Combine(_root, "real"));
        File.WriteAllText(Path.Combine(_root, "real", "key.asc"), "");
        File.CreateSymbolicLink(Path.Combine(_root, "key.asc"), "real/key.asc");

        // Act, Assert
        Assert.Null(RootOnlyPath.Problem(Path.Combine(_root, "key.asc")));
    }

    [Fact]
    public void Problem_SystemPathsThroughMergedUsrLinks_AreNone() => Assert.Null(RootOnlyPath.Problem("/bin/sh"));

    [Fact]
    public void Problem_RelativePath_IsRefused() => Assert.Equal("'etc/apt.conf' is not an absolute path", RootOnlyPath.Problem("etc/apt.conf"));

    [Fact]
    public void ProblemWithContents_AnotherUsersFileInRootsDirectory_NamesTheFile()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Needs root to give a file to another user.");

        // Arrange
        var parts = Path.Combine(_root, "apt.conf.d");
        Directory.CreateDirectory(parts);
        File.WriteAllText(Path.Combine(parts, "10fine"), "");
        var theirs = Path.Combine(parts, "99hook");
        File.WriteAllText(theirs, "");
        Chown(theirs);

        // Act
        var problem = RootOnlyPath.ProblemWithContents(parts);

        // Assert
        Assert.Null(RootOnlyPath.Problem(parts));
        Assert.Equal($"'{theirs}' is owned by uid 65534, not root", problem);
    }

    private static void Chown(string path)
    {
        using var chown = Process.Start("chown", ["65534", path])!;
        chown.WaitForExit();
        Assert.Equal(0, chown.ExitCode);
    }
}
