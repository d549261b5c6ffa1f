using UpdateStation.Tests.Plumbing;

namespace UpdateStation.Tests.Commands;

/// <summary>Messages are ours, in words, and what others wrote cannot drive the terminal.</summary>
public sealed class MessageSpecs : IDisposable
{
    private const string Plan =
        "Checking for upgrades (1 candidates): 100%\n" +
        "The following 1 package(s) will be affected (of 0 checked):\n\n" +
        "Installed packages to be UPGRADED:\n" +
        "\tevil: 1.0 -> 2.0 [Free\u001bcBSD] (\u001b]0;owned\u0007\u009b2J)\n\n" +
        "Number of packages to be upgraded: 1\n";

    private readonly PkgWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact(Timeout = 30000)]
    public async Task Plan_text_with_escape_sequences_is_shown_escaped_in_the_table()
    {
        // Arrange
        _world.ReplyText("upgrade-n", Plan);

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["check", "--no-refresh", "--backend", "pkg"], _world.Environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 100, $"exit {exit}: {output}{error}");
        Assert.Contains(@"Free\ecBSD", output, StringComparison.Ordinal);
        Assert.Contains(@"\e]0;owned\x07\x9b2J", output, StringComparison.Ordinal);
        AssertNoControlCharacters(output);
    }

    [Fact(Timeout = 30000)]
    public async Task Tool_output_quoted_in_an_error_is_escaped()
    {
        // Arrange
        _world.ReplyText("upgrade-n", "pkg: \u001b[2J\u001b]0;owned\u0007no catalogue\n").ExitWith("upgrade-n", 3);

        // Act
        var (exit, _, error) = await PublishedBinary.RunAsync(["check", "--no-refresh", "--backend", "pkg"], _world.Environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(1, exit);
        Assert.EndsWith(@"\e[2J\e]0;owned\x07no catalogue.", error.TrimEnd('\n'), StringComparison.Ordinal);
        AssertNoControlCharacters(error);
    }

    [Fact(Timeout = 30000)]
    public async Task A_package_manager_that_cannot_be_executed_is_named_with_the_reason()
    {
        // Arrange: a "pkg" on PATH that is no program at all.
        var bin = Directory.CreateTempSubdirectory("update-station-badpkg-").FullName;
        File.WriteAllText(Path.Combine(bin, "pkg"), "garbage");
        File.SetUnixFileMode(Path.Combine(bin, "pkg"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var environment = new Dictionary<string, string>(_world.Environment) { ["PATH"] = bin + ":/usr/bin:/bin" };

        // Act
        var (exit, _, error) = await PublishedBinary.RunAsync(["check", "--no-refresh", "--backend", "pkg"], environment, TestContext.Current.CancellationToken);
        Directory.Delete(bin, recursive: true);

        // Assert
        Assert.Equal(1, exit);
        Assert.Equal("update-station: Cannot run 'pkg': Exec format error.\n", error);
    }

    [Fact(Timeout = 30000)]
    public async Task A_file_where_the_runtime_directory_belongs_is_named_in_words()
    {
        // Arrange
        await using var dir = RuntimeDir.Create();
        File.WriteAllText(dir.StationDir, "");

        // Act
        var result = await StationProcess.RunAsync(dir, ["status"], Station.CommandTimeout);

        // Assert
        Assert.True(result.ExitCode == 1, result.ToString());
        AssertOneLineInWords(result.Stderr);
        Assert.Contains($"{dir.StationDir}: it is not a directory.", result.Stderr, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30000)]
    public async Task An_unreadable_private_apt_directory_is_named_in_words()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Running as another user needs root (CI runs as root: setpriv to nobody).");

        // Arrange: nobody's cache directory for apt exists but is root's, and nobody may enter it (one of nobody's own
        // at mode 000, a former run's, is repaired instead: see AptUmaskSpecs).
        var home = Directory.CreateTempSubdirectory("update-station-nobody-home-").FullName;
        var apt = Directory.CreateDirectory(Path.Combine(home, ".cache", "update-station", "apt")).FullName;
        foreach (var path in new[] { home, Path.Combine(home, ".cache"), Path.Combine(home, ".cache", "update-station") })
        {
            RuntimeDir.Chown(path, UnixUser.Nobody);
        }

        File.SetUnixFileMode(apt, UnixFileMode.None);
        var environment = new Dictionary<string, string> { ["HOME"] = home, ["XDG_CACHE_HOME"] = Path.Combine(home, ".cache") };

        // Act
        var (exit, _, error) = await PublishedBinary.RunAsync(["check", "--no-refresh", "--backend", "apt"], environment, TestContext.Current.CancellationToken, UnixUser.Nobody);
        Directory.Delete(home, recursive: true);

        // Assert
        Assert.Equal(1, exit);
        AssertOneLineInWords(error);
        Assert.Contains(apt, error, StringComparison.Ordinal);
        Assert.Contains("denied", error, StringComparison.Ordinal);
    }

    private static void AssertOneLineInWords(string error)
    {
        Assert.Matches(@"^update-station: [^\n]+\.\n$", error);
        Assert.DoesNotMatch(@"\b[A-Z][A-Za-z]*_[A-Za-z_]+\b", error);
        Assert.DoesNotContain("ErrorStartingProcess", error, StringComparison.Ordinal);
    }

    private static void AssertNoControlCharacters(string text) =>
        Assert.DoesNotContain(text, c => char.IsControl(c) && c != '\n');
}
