using System.Text.Json;
using UpdateStation.Tests.Helper;
using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Commands;

/// <summary>`check` and `upgrade` through the published binary against a real apt world (local repositories, private root).</summary>
public sealed class AptSpecs : IDisposable
{
    private readonly AptWorld _world = AptWorld.Sample(rootOnly: true).Publish();

    private Dictionary<string, string> Environment => new()
    {
        ["APT_CONFIG"] = _world.ConfigPath,
        ["UPDATE_STATION_LOG"] = Path.Combine(_world.Directory, "update-station.log"),
    };

    public void Dispose() => _world.Dispose();

    [Fact(Timeout = 60000)]
    public async Task User_can_check_an_apt_system_and_read_every_kind_of_change()
    {
        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["check", "--json", "--backend", "apt"], Environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 100, $"exit {exit}: {error}");
        using var plan = JsonDocument.Parse(output);
        var updates = plan.RootElement.GetProperty("updates").EnumerateArray()
            .ToDictionary(u => u.GetProperty("name").GetString()!, u => u);
        Assert.Equal("1:2.0-1", updates["beta"].GetProperty("newVersion").GetString());
        Assert.Equal("install", updates["newdep"].GetProperty("action").GetString());
        Assert.Equal("remove", updates["oldie"].GetProperty("action").GetString());
        Assert.True(updates["secpkg"].GetProperty("security").GetBoolean());
        Assert.False(updates["alpha"].GetProperty("security").GetBoolean());
        Assert.DoesNotContain("heldpkg", updates.Keys);
        Assert.Contains(plan.RootElement.GetProperty("held").EnumerateArray(), h => h.GetProperty("name").GetString() == "heldpkg");
    }

    [Fact(Timeout = 120000)]
    public async Task User_can_upgrade_an_apt_system_and_it_is_then_up_to_date()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "A real dpkg run into the private root needs root (CI runs as root).");

        // Arrange: an installed tree whose helper's settings name the world (root's upgrade runs that helper).
        using var tree = HelperInstall.CreateTree(_world.ConfigPath, StationBinary.Path);

        // Act
        var upgrade = await PublishedBinary.RunAsync(["upgrade", "-y", "--backend", "apt"], Environment, TestContext.Current.CancellationToken, executable: tree.FrontEndPath);
        var check = await PublishedBinary.RunAsync(["check", "--no-refresh", "--backend", "apt"], Environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(upgrade.ExitCode == 0, $"upgrade exit {upgrade.ExitCode}: {upgrade.Error}");
        Assert.Contains("secpkg", upgrade.Output, StringComparison.Ordinal);
        Assert.True(check.ExitCode == 0, $"check exit {check.ExitCode}: {check.Output}{check.Error}");
        Assert.Contains("heldpkg", check.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60000)]
    public async Task User_without_root_can_check_with_a_private_refresh()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Running as another user needs root (CI runs as root: setpriv to nobody).");

        // Arrange: nobody may read the world; its own cache directory holds the private lists.
        var cache = Directory.CreateTempSubdirectory("update-station-nobody-cache-").FullName;
        try
        {
            MakeReadableByAll(_world.Directory);
            File.SetUnixFileMode(cache, (UnixFileMode)0b111_111_111);
            var environment = new Dictionary<string, string>(Environment) { ["XDG_CACHE_HOME"] = cache, ["HOME"] = cache };

            // Act
            var (exit, output, error) = await PublishedBinary.RunAsync(
                ["check", "--json", "--backend", "apt"], environment, TestContext.Current.CancellationToken, UnixUser.Nobody);

            // Assert
            Assert.True(exit == 100, $"exit {exit}: {error}");
            using var plan = JsonDocument.Parse(output);
            Assert.True(plan.RootElement.GetProperty("catalogueRefreshed").GetBoolean());
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(cache, "update-station", "apt", "lists"), "*Packages"));
            Assert.True(!Directory.Exists(_world.ListsDirectory) || Directory.GetFiles(_world.ListsDirectory, "*Packages").Length == 0,
                "the private refresh wrote into the world's own lists");
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    internal static void MakeReadableByAll(string directory)
    {
        File.SetUnixFileMode(directory, File.GetUnixFileMode(directory) | UnixFileMode.OtherRead | UnixFileMode.OtherExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        foreach (var entry in Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories))
        {
            var mode = File.GetUnixFileMode(entry) | UnixFileMode.OtherRead | UnixFileMode.GroupRead;
            File.SetUnixFileMode(entry, Directory.Exists(entry) ? mode | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute : mode);
        }
    }
}
