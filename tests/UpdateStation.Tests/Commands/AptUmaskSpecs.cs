using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Commands;

/// <summary>
/// A user's check under `umask 0777` (it failed, and broke that user's later checks at a normal
/// umask with "Cannot write the private apt configuration ...: permission denied"), and a private tree a former run
/// left unusable.
/// </summary>
public sealed class AptUmaskSpecs(ReadableSampleWorld shared) : IClassFixture<ReadableSampleWorld>, IDisposable
{
    private const UnixFileMode Directory0700 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File0600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string _home = ReadableSampleWorld.CreateHome();

    private string Cache => Path.Combine(_home, "cache");

    private string Private => Path.Combine(Cache, "update-station", "apt");

    private Dictionary<string, string?> Environment => shared.EnvironmentFor(_home);

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact(Timeout = 180_000)]
    public async Task A_users_check_under_umask_0777_succeeds_and_so_does_the_next_at_022_with_every_mode_set()
    {
        SkipUnlessRoot();

        // Act
        var strict = await CheckAsync("0777");
        var normal = await CheckAsync("022");

        // Assert
        Assert.True(strict.ExitCode == 100, $"under umask 0777: exit {strict.ExitCode}: {strict.Error}");
        Assert.True(normal.ExitCode == 100, $"then at 022: exit {normal.ExitCode}: {normal.Error}");
        Assert.Contains("secpkg", strict.Output, StringComparison.Ordinal);
        Assert.Equal(strict.Output, normal.Output);
        foreach (var directory in new[] { Cache, Path.Combine(Cache, "update-station"), Private, "lists", "lists/partial", "cache", "cache/archives", "cache/archives/partial", "apt.conf.d" })
        {
            Assert.Equal((directory, Directory0700), (directory, File.GetUnixFileMode(Path.Combine(Private, directory))));
        }

        Assert.Equal(File0600, File.GetUnixFileMode(Path.Combine(Private, "apt.conf")));
        Assert.Equal(File0600, File.GetUnixFileMode(Path.Combine(Private, "lock")));
        Assert.All(Entries(), e => Assert.True((e.Mode & File0600) == File0600, $"{e.Path} is {e.Mode}: its owner cannot use it"));
        Assert.All(Entries(), e => Assert.True((e.Mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0, $"{e.Path} is {e.Mode}"));
    }

    [Theory(Timeout = 180_000)]
    [InlineData("")]
    [InlineData("lists")]
    [InlineData("lists/partial")]
    [InlineData("apt.conf.d")]
    [InlineData("apt.conf")]
    [InlineData("lock")]
    [InlineData("lists/*")]
    public async Task A_private_directory_or_file_a_former_run_left_at_mode_000_is_repaired(string left)
    {
        SkipUnlessRoot();

        // Arrange: a good check, then the former run's leftovers, as a umask of 0777 made them.
        var first = await CheckAsync("022");
        Assert.True(first.ExitCode == 100, $"exit {first.ExitCode}: {first.Error}");
        // apt's own files in the lists (its links to a file: repository's indexes are the repository's, not ours).
        string[] unusable = left == "lists/*"
            ? [.. Directory.GetFiles(Path.Combine(Private, "lists")).Where(f => new FileInfo(f).LinkTarget is null)]
            : [Path.Combine(Private, left)];
        Assert.NotEmpty(unusable);
        foreach (var path in unusable)
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        // Act
        var next = await CheckAsync("022");

        // Assert
        Assert.True(next.ExitCode == 100, $"exit {next.ExitCode}: {next.Error} (left unusable: {string.Join(", ", unusable.Select(Path.GetFileName))})");
        Assert.Equal(first.Output, next.Output);
        Assert.All(unusable, p => Assert.NotEqual(UnixFileMode.None, File.GetUnixFileMode(p)));
        Assert.Equal(Directory0700, File.GetUnixFileMode(Private));
    }

    private Task<(int ExitCode, string Output, string Error)> CheckAsync(string umask) =>
        UserProcess.RunAsync(UnixUser.Nobody, ["check", "--backend", "apt"], Environment, _home, umask, TestContext.Current.CancellationToken);

    private IEnumerable<(string Path, UnixFileMode Mode)> Entries() =>
        Directory.EnumerateFileSystemEntries(Private, "*", SearchOption.AllDirectories)
            .Where(p => new FileInfo(p).LinkTarget is null)
            .Select(p => (p, File.GetUnixFileMode(p)));

    private static void SkipUnlessRoot() =>
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Running as another user needs root (CI runs as root: setpriv to nobody).");
}
