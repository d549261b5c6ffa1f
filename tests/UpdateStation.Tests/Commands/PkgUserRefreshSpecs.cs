using RealPkgWorld = UpdateStation.Tests.Shared.PkgWorld;

namespace UpdateStation.Tests.Commands;

/// <summary>The real pkg (FreeBSD's own, built for Linux) on a private world, checked by an ordinary user through setpriv.</summary>
public sealed class PkgUserRefreshSpecs : IDisposable
{
    private readonly RealPkgWorld _world = RealPkgWorld.Sample();
    private readonly string _nobodyCache = Directory.CreateTempSubdirectory("update-station-nobody-cache-").FullName;
    private readonly string _rootCache = Directory.CreateTempSubdirectory("update-station-root-cache-").FullName;

    public void Dispose()
    {
        _world.Dispose();
        Directory.Delete(_nobodyCache, recursive: true);
        Directory.Delete(_rootCache, recursive: true);
    }

    [Fact(Timeout = 120_000)]
    public async Task User_without_root_refreshes_a_private_catalogue_and_gets_the_same_plan_as_root()
    {
        // Arrange
        if (!UnixUser.CurrentIsRoot)
        {
            Assert.Skip("Running as another user needs root (CI runs as root: setpriv to nobody).");
        }

        _world.Build();
        RuntimeDir.Chown(_nobodyCache, UnixUser.Nobody);
        var systemBefore = Snapshot(_world.DatabaseDirectory);

        // Act
        var asNobody = await PublishedBinary.RunAsync(["check", "--json", "--backend", "pkg"], Environment(_nobodyCache),
            TestContext.Current.CancellationToken, UnixUser.Nobody);
        var systemAfter = Snapshot(_world.DatabaseDirectory);
        var asRoot = await PublishedBinary.RunAsync(["check", "--json", "--backend", "pkg"], Environment(_rootCache),
            TestContext.Current.CancellationToken);

        // Assert
        Assert.True(asNobody.ExitCode == 100, asNobody.Error);
        Assert.True(asRoot.ExitCode == 100, asRoot.Error);
        Assert.Equal(Updates(asRoot.Output), Updates(asNobody.Output));
        Assert.Equal(systemBefore, systemAfter);
        var privateCatalogue = Path.Combine(_nobodyCache, "update-station", "pkg");
        Assert.Equal(UnixUser.Nobody.Uid, FileStatus.Of(privateCatalogue).Uid);
        Assert.Equal(UnixUser.Nobody.Uid, FileStatus.Of(Path.Combine(privateCatalogue, "local.sqlite")).Uid);
        using var plan = JsonDocument.Parse(asNobody.Output);
        Assert.True(plan.RootElement.GetProperty("catalogueRefreshed").GetBoolean());
    }

    [Fact(Timeout = 180_000)]
    public async Task User_checks_under_umask_0777_then_at_022_and_a_private_catalogue_left_at_mode_000_is_repaired()
    {
        // Arrange
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Running as another user needs root (CI runs as root: setpriv to nobody).");
        _world.Build();
        RuntimeDir.Chown(_nobodyCache, UnixUser.Nobody);
        var privateCatalogue = Path.Combine(_nobodyCache, "update-station", "pkg");

        // Act
        var strict = await PublishedBinary.RunAsync(["check", "--json", "--backend", "pkg"], Environment(_nobodyCache),
            TestContext.Current.CancellationToken, UnixUser.Nobody, umask: "0777");
        var normal = await PublishedBinary.RunAsync(["check", "--json", "--backend", "pkg"], Environment(_nobodyCache),
            TestContext.Current.CancellationToken, UnixUser.Nobody, umask: "022");
        string[] leftovers = [privateCatalogue, .. Directory.EnumerateFileSystemEntries(privateCatalogue, "*", SearchOption.AllDirectories)];
        foreach (var path in leftovers.Reverse().Where(p => new FileInfo(p).LinkTarget is null))
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        var repaired = await PublishedBinary.RunAsync(["check", "--json", "--backend", "pkg"], Environment(_nobodyCache),
            TestContext.Current.CancellationToken, UnixUser.Nobody, umask: "022");

        // Assert
        Assert.True(strict.ExitCode == 100, $"under umask 0777: {strict.Error}");
        Assert.True(normal.ExitCode == 100, $"then at 022: {normal.Error}");
        Assert.True(repaired.ExitCode == 100, $"after mode 000: {repaired.Error}");
        Assert.Equal(Updates(strict.Output), Updates(repaired.Output));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(privateCatalogue));
        Assert.All(Directory.EnumerateFileSystemEntries(privateCatalogue, "*", SearchOption.AllDirectories).Where(p => new FileInfo(p).LinkTarget is null),
            p => Assert.True((File.GetUnixFileMode(p) & (UnixFileMode.UserRead | UnixFileMode.UserWrite)) == (UnixFileMode.UserRead | UnixFileMode.UserWrite), $"{p}: {File.GetUnixFileMode(p)}"));
    }

    private Dictionary<string, string> Environment(string cacheHome)
    {
        var environment = _world.Environment.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!);
        environment["XDG_CACHE_HOME"] = cacheHome;
        return environment;
    }

    private static string Updates(string json)
    {
        using var plan = JsonDocument.Parse(json);
        return plan.RootElement.GetProperty("updates").GetRawText();
    }

    private static List<string> Snapshot(string directory) =>
        [.. Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => $"{p} {File.GetLastWriteTimeUtc(p).Ticks}")];
}
