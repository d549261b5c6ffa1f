namespace UpdateStation.Desktop.Tests;

/// <summary>Where the item finds our icons: beside the binary first, then the XDG data folders; Adwaita's when nowhere.</summary>
public sealed class TrayIconsTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("us-icons-");

    public void Dispose() => _root.Delete(recursive: true);

    [Theory]
    [InlineData("prefix", "prefix/share/icons")]
    [InlineData("data-home", "data-home/icons")]
    [InlineData("data-b", "data-b/icons")]
    [InlineData("prefix data-b", "prefix/share/icons")]
    [InlineData("data-a data-b", "data-a/icons")]
    [InlineData("", null)]
    public void Locate_FindsTheFirstFolderThatHoldsOurIcons(string installedIn, string? expected)
    {
        // Arrange: our icons installed in some of: PREFIX (beside PREFIX/bin), XDG_DATA_HOME, XDG_DATA_DIRS (a:b).
        foreach (var place in installedIn.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var share = place == "prefix" ? Path.Combine(_root.FullName, "prefix", "share") : Path.Combine(_root.FullName, place);
            var file = Path.Combine(share, "icons", TrayIcons.OwnTestFile);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, "<svg/>");
        }

        // Act
        var found = TrayIcons.Locate(
            Path.Combine(_root.FullName, "prefix", "bin"), Path.Combine(_root.FullName, "data-home"),
            $"{_root.FullName}/data-a:relative/ignored:{_root.FullName}/data-b", "/nonexistent");

        // Assert
        Assert.Equal(expected is null ? null : Path.Combine(_root.FullName, expected), found);
    }

    [Fact]
    public void Own_NamesTheSymbolicIconsAndTheirFolder()
    {
        var icons = TrayIcons.Own("/usr/share/icons");

        Assert.Equal(("update-station-updates-symbolic", "update-station", "/usr/share/icons"), (icons.Updates, icons.Application, icons.ThemePath));
        Assert.Equal("", TrayIcons.Adwaita.ThemePath);
    }
}
