using System.Text.RegularExpressions;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Commands;

/// <summary>A dead source (gone, unreadable) among good ones: the plan comes from the others and names it.</summary>
public sealed class AptDeadSourceSpecs : IDisposable
{
    private readonly AptWorld _world = AptWorld.Sample();

    private Dictionary<string, string> Environment => new() { ["APT_CONFIG"] = _world.ConfigPath };

    private string Gone => Path.Combine(_world.Directory, "gone");

    public void Dispose() => _world.Dispose();

    [Fact(Timeout = 60_000)]
    public async Task A_root_check_with_one_missing_source_shows_the_other_updates_and_the_failure_in_json()
    {
        // Arrange
        _world.AddSourceLine($"deb [trusted=yes] file:{Gone} ./").Publish();

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["check", "--json", "--backend", "apt"], Environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 100, $"exit {exit}: {error}");
        using var plan = JsonDocument.Parse(output);
        Assert.Contains(plan.RootElement.GetProperty("updates").EnumerateArray(), u => u.GetProperty("name").GetString() == "secpkg");
        var failure = Assert.Single(plan.RootElement.GetProperty("refreshErrors").EnumerateArray()).GetString()!;
        Assert.Contains($"file:{Gone}", failure, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_root_check_with_one_missing_source_warns_under_the_table()
    {
        // Arrange
        _world.AddSourceLine($"deb [trusted=yes] file:{Gone} ./").Publish();

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["check", "--backend", "apt"], Environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 100, $"exit {exit}: {error}");
        Assert.Matches(@"(?m)^secpkg\s", output);
        Assert.Contains("Warning: 1 of the package sources could not be refreshed", output, StringComparison.Ordinal);
        Assert.Matches($@"(?m)^  .*file:{Regex.Escape(Gone)}", output);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_user_check_with_one_unreadable_source_shows_the_other_updates_and_the_failure()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Running as another user needs root (CI runs as root: setpriv to nobody).");

        // Arrange: a repository only root may read, beside the world's readable ones.
        var hidden = Path.Combine(_world.Directory, "hidden");
        _world.AddSourceLine($"deb [trusted=yes] file:{hidden} ./").Publish();
        AptSpecs.MakeReadableByAll(_world.Directory);
        Directory.CreateDirectory(hidden, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var cache = Directory.CreateTempSubdirectory("update-station-nobody-cache-").FullName;
        File.SetUnixFileMode(cache, (UnixFileMode)0b111_111_111);
        try
        {
            var environment = new Dictionary<string, string>(Environment) { ["XDG_CACHE_HOME"] = cache, ["HOME"] = cache };

            // Act
            var (exit, output, error) = await PublishedBinary.RunAsync(
                ["check", "--json", "--backend", "apt"], environment, TestContext.Current.CancellationToken, UnixUser.Nobody);

            // Assert
            Assert.True(exit == 100, $"exit {exit}: {error}");
            using var plan = JsonDocument.Parse(output);
            Assert.Contains(plan.RootElement.GetProperty("updates").EnumerateArray(), u => u.GetProperty("name").GetString() == "secpkg");
            Assert.Contains($"file:{hidden}", Assert.Single(plan.RootElement.GetProperty("refreshErrors").EnumerateArray()).GetString()!, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task A_check_where_every_source_is_dead_is_an_error_in_one_line()
    {
        // Arrange: the world's own repositories vanish after publishing.
        _world.Publish();
        Directory.Delete(Path.Combine(_world.Directory, "repos"), recursive: true);

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["check", "--backend", "apt"], Environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 1, $"exit {exit}: {output}{error}");
        Assert.Matches(@"^update-station: [^\n]*every source[^\n]*\.\n$", error);
    }
}
