using System.Text.Json;

namespace UpdateStation.Tests.Commands;

public sealed class CheckSpecs : IDisposable
{
    private readonly PkgWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact(Timeout = 30000)]
    public async Task User_can_check_for_updates_and_see_the_count()
    {
        // Arrange
        _world.Reply("upgrade-n", "upgrade-all-sections.txt");

        // Act
        var (exit, output, _) = await PublishedBinary.RunAsync(["check", "--no-refresh", "--backend", "pkg"], _world.Environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(100, exit);
        Assert.Contains("9 changes: 3 upgrades, 2 new, 1 downgrade, 2 reinstalls, 1 removal.", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^curl\s+8\.4\.0\s+8\.5\.0\s+FreeBSD", output);
        Assert.Contains("45.0 MiB to download, 12.0 MiB more disk space.", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30000)]
    public async Task User_can_check_when_up_to_date_and_gets_exit_status_0()
    {
        // Arrange
        _world.Reply("upgrade-n", "up-to-date.txt");

        // Act
        var (exit, output, _) = await PublishedBinary.RunAsync(["check", "--no-refresh", "--backend", "pkg"], _world.Environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(0, exit);
        Assert.StartsWith("Up to date", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30000)]
    public async Task User_can_read_the_plan_as_one_json_object()
    {
        // Arrange
        _world.Reply("upgrade-n", "upgrade-locked-section.txt");

        // Act
        var (exit, output, _) = await PublishedBinary.RunAsync(["check", "--json", "--no-refresh", "--backend", "pkg"], _world.Environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(100, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("pkg", root.GetProperty("backend").GetString());
        var bash = root.GetProperty("updates")[0];
        Assert.Equal(("bash", "upgrade", "5.2.15", "5.2.21"),
            (bash.GetProperty("name").GetString(), bash.GetProperty("action").GetString(),
             bash.GetProperty("currentVersion").GetString(), bash.GetProperty("newVersion").GetString()));
        Assert.Equal(JsonValueKind.Null, bash.GetProperty("repository").ValueKind);
        Assert.Equal("firefox-esr", root.GetProperty("held")[0].GetProperty("name").GetString());
        Assert.Equal(1024 * 1024, root.GetProperty("downloadBytes").GetInt64());
        Assert.False(root.GetProperty("selfUpgradeFirst").GetBoolean());
        Assert.True(root.TryGetProperty("checkedAt", out _) && root.TryGetProperty("catalogueUpdatedAt", out _));
    }

    [Fact(Timeout = 30000)]
    public async Task User_sees_one_clear_line_when_pkg_prints_garbage()
    {
        // Arrange
        _world.Reply("upgrade-n", "garbage.txt");

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["check", "--no-refresh", "--backend", "pkg"], _world.Environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("update-station: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.EndsWith(".", error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 30000)]
    public async Task User_sees_one_clear_line_when_pkg_fails()
    {
        // Arrange
        _world.Reply("upgrade-n", "up-to-date.txt").ExitWith("upgrade-n", 3);

        // Act
        var (exit, _, error) = await PublishedBinary.RunAsync(["check", "--json", "--no-refresh", "--backend", "pkg"], _world.Environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(1, exit);
        Assert.Equal("update-station: 'pkg upgrade -n' failed with exit status 3: Your packages are up to date.", error.TrimEnd());
    }
}
