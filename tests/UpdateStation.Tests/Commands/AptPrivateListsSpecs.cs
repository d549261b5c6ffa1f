using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Commands;

/// <summary>A user's checks without root: private lists under the user's cache directory.</summary>
public sealed class AptPrivateListsSpecs(ReadableSampleWorld shared) : IClassFixture<ReadableSampleWorld>, IDisposable
{
    private readonly AptWorld _world = shared.World;
    private readonly string _home = ReadableSampleWorld.CreateHome();

    private string Cache => Path.Combine(_home, "cache");

    private Dictionary<string, string?> Environment => shared.EnvironmentFor(_home);

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact(Timeout = 180_000)]
    public async Task Twelve_checks_at_once_by_one_user_all_give_the_same_plan_and_the_lists_survive()
    {
        SkipUnlessRoot();

        // Act
        var runs = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => CheckAsync(["check", "--json", "--backend", "apt"])));
        var after = await CheckAsync(["check", "--json", "--no-refresh", "--backend", "apt"]);

        // Assert
        Assert.All(runs, r => Assert.True(r.ExitCode == 100, $"exit {r.ExitCode}: {r.Error}"));
        var plans = runs.Select(r => UpdateNames(r.Output)).ToList();
        Assert.Contains("secpkg", plans[0]);
        Assert.All(plans, p => Assert.Equal(plans[0], p));
        Assert.True(after.ExitCode == 100, $"exit {after.ExitCode}: {after.Error}");
        Assert.Equal(plans[0], UpdateNames(after.Output));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(Cache, "update-station", "apt", "lists"), "*Packages").Length);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(null)]
    [InlineData("/nonexistent/update-station-home")]
    [InlineData("relative/home")]
    public async Task A_user_without_a_usable_home_gets_one_clear_line_and_nothing_is_written_where_they_stand(string? home)
    {
        SkipUnlessRoot();

        // Arrange: no XDG_CACHE_HOME, and nobody's passwd home is /nonexistent.
        var environment = new Dictionary<string, string?> { ["APT_CONFIG"] = _world.ConfigPath, ["XDG_CACHE_HOME"] = null, ["HOME"] = home };

        // Act
        var (exit, output, error) = await UserProcess.RunAsync(
            UnixUser.Nobody, ["check", "--backend", "apt"], environment, _home, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 1, $"exit {exit}: {output}{error}");
        Assert.Matches(@"^update-station: [^\n]*home[^\n]*XDG_CACHE_HOME[^\n]*\.\n$", error);
        Assert.Empty(Directory.GetFileSystemEntries(_home));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_user_whose_APT_CONFIG_names_a_missing_file_is_told_that_it_does_not_exist()
    {
        SkipUnlessRoot();

        // Arrange
        var missing = Path.Combine(_world.Directory, "no-such-apt.conf");
        var environment = new Dictionary<string, string?>(Environment) { ["APT_CONFIG"] = missing };

        // Act
        var (exit, _, error) = await UserProcess.RunAsync(
            UnixUser.Nobody, ["check", "--backend", "apt"], environment, _home, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(1, exit);
        Assert.Equal($"update-station: The file named by APT_CONFIG, '{missing}', does not exist.\n", error);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_user_whose_APT_CONFIG_names_a_file_only_root_may_read_is_told_so()
    {
        SkipUnlessRoot();

        // Arrange
        var secret = Path.Combine(_world.Directory, "root-only.conf");
        File.WriteAllText(secret, "Acquire::Retries \"0\";\n");
        File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var environment = new Dictionary<string, string?>(Environment) { ["APT_CONFIG"] = secret };

        // Act
        var (exit, _, error) = await UserProcess.RunAsync(
            UnixUser.Nobody, ["check", "--backend", "apt"], environment, _home, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(1, exit);
        Assert.Equal($"update-station: The file named by APT_CONFIG, '{secret}', cannot be read: permission denied.\n", error);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_directory_in_place_of_the_private_lists_lock_is_named_in_one_line_of_words()
    {
        SkipUnlessRoot();

        // Arrange: a first check makes the private cache; then something else takes the lock's place.
        await CheckAsync(["check", "--backend", "apt"]);
        var lockPath = Path.Combine(Cache, "update-station", "apt", "lock");
        File.Delete(lockPath);
        Directory.CreateDirectory(lockPath);

        // Act
        var (exit, _, error) = await CheckAsync(["check", "--backend", "apt"]);

        // Assert
        Assert.Equal(1, exit);
        Assert.Equal($"update-station: Cannot lock this user's package lists with {lockPath}: it is a directory.\n", error);
    }

    private Task<(int ExitCode, string Output, string Error)> CheckAsync(string[] arguments) =>
        UserProcess.RunAsync(UnixUser.Nobody, arguments, Environment, _home, TestContext.Current.CancellationToken);

    private static string[] UpdateNames(string json)
    {
        using var plan = JsonDocument.Parse(json);
        return [.. plan.RootElement.GetProperty("updates").EnumerateArray().Select(u => u.GetProperty("name").GetString()!).Order()];
    }

    private static void SkipUnlessRoot() =>
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Running as another user needs root (CI runs as root: setpriv to nobody).");
}
