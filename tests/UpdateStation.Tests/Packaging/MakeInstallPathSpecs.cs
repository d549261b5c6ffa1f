using System.Text.RegularExpressions;

namespace UpdateStation.Tests.Packaging;

/// <summary>
/// `make install`/`make uninstall` with paths make would split (`make uninstall DESTDIR="$H/my stage"`
/// deleted an unrelated file `$H/my`, and install wrote `stage/usr/bin` into the source tree), and relative ones.
/// </summary>
public sealed class MakeInstallPathSpecs : IDisposable
{
    private readonly StagingDirectory _work = new("make-paths");

    public void Dispose() => _work.Dispose();

    [Theory(Timeout = 180_000)]
    [InlineData("my stage")]
    [InlineData("my admin's  \"stage\"")]
    public async Task Packager_can_install_and_uninstall_into_a_DESTDIR_with_spaces_and_quotes_touching_nothing_else(string name)
    {
        // Arrange: an unrelated file named like the DESTDIR's first word, next to it.
        string artifacts = ArtifactsTree.Create(_work, withHelper: true);
        string unrelated = _work["my"];
        File.WriteAllText(unrelated, "not update-station's\n");
        string destdir = _work[name];
        string[] variables = [$"DESTDIR={destdir}", "PREFIX=/usr", $"ARTIFACTS={artifacts}", "LOGROTATION=logrotate"];
        string[] sourceTree = SourceTreeEntries();

        // Act
        StationResult install = await Tool.RunAsync(["make", "--no-print-directory", "install", .. variables]);
        IReadOnlyList<string> installed = new FileTree(destdir).Files();
        StationResult uninstall = await Tool.RunAsync(["make", "--no-print-directory", "uninstall", .. variables]);

        // Assert
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.True(uninstall.ExitCode == 0, uninstall.ToString());
        Assert.Contains("/usr/bin/update-station", installed);
        Assert.Contains("/etc/xdg/autostart/org.updatestation.UpdateStation.desktop", installed);
        Assert.Contains("/usr/share/polkit-1/actions/org.updatestation.UpdateStation.policy", installed);
        Assert.Empty(new FileTree(destdir).Files());
        Assert.Equal("not update-station's\n", File.ReadAllText(unrelated));
        Assert.Equal(new[] { name, "artifacts", "my" }.Order(StringComparer.Ordinal), Directory.EnumerateFileSystemEntries(_work.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(sourceTree, SourceTreeEntries());
    }

    [Theory(Timeout = 180_000)]
    [InlineData("install", "DESTDIR", "stage")]
    [InlineData("install", "PREFIX", "usr")]
    [InlineData("install", "BINDIR", "usr/bin")]
    [InlineData("uninstall", "DESTDIR", "stage")]
    [InlineData("uninstall", "PREFIX", "")]
    public async Task A_relative_DESTDIR_or_PREFIX_is_refused_in_one_line_before_anything_runs(string goal, string variable, string value)
    {
        // Arrange
        string artifacts = ArtifactsTree.Create(_work, withHelper: true);
        string[] sourceTree = SourceTreeEntries();
        Dictionary<string, string> variables = new() { ["DESTDIR"] = _work["stage"], ["PREFIX"] = "/usr", [variable] = value };

        // Act
        StationResult result = await Tool.RunAsync(["make", "--no-print-directory", goal, $"ARTIFACTS={artifacts}", .. variables.Select(v => $"{v.Key}={v.Value}")]);

        // Assert
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Matches($@"^Makefile:\d+: \*\*\* {variable} must be an absolute path, not '{Regex.Escape(value)}'\.  Stop\.\n$", result.Stderr);
        Assert.False(Directory.Exists(_work["stage"]), "nothing may be installed");
        Assert.Equal(sourceTree, SourceTreeEntries());
    }

    /// <summary>What the source tree, where make runs and a relative path would land, holds at its top.</summary>
    private static string[] SourceTreeEntries() =>
        [.. Directory.EnumerateFileSystemEntries(Repository.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
}
