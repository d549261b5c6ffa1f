using System.Text.Json;
using UpdateStation.Tests.Helper;
using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Commands;

/// <summary>The user's ignore list in `check`, `check --json` and `upgrade`, and the helper's `--ignore`, against a real apt world.</summary>
public sealed class IgnoreSpecs : IDisposable
{
    // alpha has a plain upgrade, secpkg a security one.
    private readonly AptWorld _world = AptWorld.Create(rootOnly: true)
        .Offer(new AptPackage("alpha", "1.1-1"))
        .Offer(new AptPackage("secpkg", "1.0-1+deb12u1"), AptWorld.Security)
        .Install(new AptPackage("alpha", "1.0-1"))
        .Install(new AptPackage("secpkg", "1.0-1"))
        .Publish();

    private readonly string _config = Directory.CreateTempSubdirectory("update-station-ignore-config-").FullName;

    public void Dispose()
    {
        _world.Dispose();
        Directory.Delete(_config, recursive: true);
    }

    [Theory(Timeout = 60000)]
    [InlineData("alpha")]
    [InlineData("alpha=1.1-1")]
    public async Task Check_json_lists_an_ignored_change_apart_from_the_updates(string rule)
    {
        // Arrange
        var environment = UserIgnoring(rule);

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["check", "--json", "--backend", "apt"], environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 100, $"exit {exit}: {error}");
        using var plan = JsonDocument.Parse(output);
        Assert.Equal(["secpkg"], plan.RootElement.GetProperty("updates").EnumerateArray().Select(u => u.GetProperty("name").GetString()));
        var ignored = Assert.Single(plan.RootElement.GetProperty("ignored").EnumerateArray());
        Assert.Equal("alpha", ignored.GetProperty("name").GetString());
        Assert.Equal("1.0-1", ignored.GetProperty("currentVersion").GetString());
        Assert.Equal("1.1-1", ignored.GetProperty("newVersion").GetString());
        Assert.Equal(rule, ignored.GetProperty("rule").GetString());
    }

    [Fact(Timeout = 60000)]
    public async Task Check_shows_ignored_changes_in_their_own_section_not_as_updates()
    {
        // Arrange
        var environment = UserIgnoring("alpha");

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["check", "--backend", "apt"], environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 100, $"exit {exit}: {error}");
        var section = output[output.IndexOf("Ignored by your settings", StringComparison.Ordinal)..];
        Assert.Contains("alpha 1.0-1 → 1.1-1 (rule alpha)", section, StringComparison.Ordinal);
        Assert.DoesNotContain("alpha", output[..output.IndexOf("Ignored by your settings", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("1 upgrade, of which 1 is a security update", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60000)]
    public async Task A_rule_for_another_version_does_not_hide_the_newer_one()
    {
        // Arrange
        var environment = UserIgnoring("alpha=1.0-9");

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["check", "--json", "--backend", "apt"], environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 100, $"exit {exit}: {error}");
        using var plan = JsonDocument.Parse(output);
        Assert.Contains(plan.RootElement.GetProperty("updates").EnumerateArray(), u => u.GetProperty("name").GetString() == "alpha");
        Assert.Empty(plan.RootElement.GetProperty("ignored").EnumerateArray());
    }

    [Fact(Timeout = 60000)]
    public async Task A_plan_of_ignored_changes_only_is_up_to_date()
    {
        // Arrange
        var environment = UserIgnoring("alpha", "secpkg");

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["check", "--backend", "apt"], environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 0, $"exit {exit}: {output}{error}");
        Assert.StartsWith("Up to date", output, StringComparison.Ordinal);
        Assert.Contains("secpkg 1.0-1 → 1.0-1+deb12u1 (rule secpkg)", output, StringComparison.Ordinal);
    }

    [Theory(Timeout = 180000)]
    [InlineData("alpha")]
    [InlineData("alpha=1.1-1")]
    public async Task Upgrade_applies_the_plan_shown_and_leaves_the_ignored_package_at_its_version(string rule)
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "A real dpkg run into the private root needs root (CI runs as root).");

        // Arrange: an installed tree whose helper keeps its state (the pins) beside it.
        using var tree = HelperInstall.CreateTree(_world.ConfigPath, StationBinary.Path);
        File.AppendAllText(tree.SettingsPath, $"\nstate-directory = \"{Path.Combine(tree.Directory, "state")}\"\n");

        // Act
        var upgrade = await PublishedBinary.RunAsync(["upgrade", "-y", "--backend", "apt"], UserIgnoring(rule), TestContext.Current.CancellationToken, executable: tree.FrontEndPath);

        // Assert
        Assert.True(upgrade.ExitCode == 0, $"upgrade exit {upgrade.ExitCode}: {upgrade.Output}{upgrade.Error}");
        Assert.Equal("1.0-1+deb12u1", InstalledVersion("secpkg"));
        Assert.Equal("1.0-1", InstalledVersion("alpha"));
    }

    [Fact(Timeout = 180000)]
    public async Task The_helper_plans_with_the_rules_it_is_given_before_it_compares_fingerprints()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: the fingerprint of the plan without alpha, as a user's check printed it.
        var (_, output, _) = await PublishedBinary.RunAsync(["check", "--json", "--backend", "apt"], UserIgnoring("alpha"), TestContext.Current.CancellationToken);
        using var plan = JsonDocument.Parse(output);
        var fingerprint = plan.RootElement.GetProperty("fingerprint").GetString()!;
        using var helper = HelperInstall.Create(_world.ConfigPath);
        File.AppendAllText(helper.SettingsPath, $"\nstate-directory = \"{Path.Combine(helper.Directory, "state")}\"\n");

        // Act
        var without = await helper.RunAsync(["upgrade", "--plan", fingerprint], TestContext.Current.CancellationToken);
        var with = await helper.RunAsync(["upgrade", "--plan", fingerprint, "--ignore", "alpha"], TestContext.Current.CancellationToken);

        // Assert: without the rule the plan is another one; with it, exactly the plan shown.
        Assert.True(without.ExitCode == 3, without.ToString());
        Assert.True(with.ExitCode == 0, with.ToString());
        Assert.Equal("1.0-1", InstalledVersion("alpha"));
        Assert.Equal("1.0-1+deb12u1", InstalledVersion("secpkg"));
    }

    [Theory(Timeout = 60000)]
    [InlineData("")]
    [InlineData("al pha")]
    [InlineData("alpha=")]
    [InlineData("alpha=1=2")]
    public async Task The_helper_refuses_a_malformed_ignore_rule_as_a_usage_error(string rule)
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        using var helper = HelperInstall.Create(_world.ConfigPath);

        // Act
        var run = await helper.RunAsync(["upgrade", "--plan", new string('0', 64), "--ignore", rule], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("is not an ignore rule", run.Error, StringComparison.Ordinal);
        Assert.Equal("1.0-1", InstalledVersion("alpha"));
    }

    /// <summary>The world's apt, and a user's settings file whose ignore list is <paramref name="rules"/>.</summary>
    private Dictionary<string, string> UserIgnoring(params string[] rules)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_config, "update-station")).FullName;
        File.WriteAllText(Path.Combine(folder, "settings.toml"), $"ignore = [{string.Join(", ", rules.Select(r => $"\"{r}\""))}]\n");
        return new()
        {
            ["APT_CONFIG"] = _world.ConfigPath,
            ["XDG_CONFIG_HOME"] = _config,
            ["XDG_CACHE_HOME"] = Path.Combine(_config, "cache"),
            ["UPDATE_STATION_LOG"] = Path.Combine(_world.Directory, "update-station.log"),
        };
    }

    /// <summary>The version dpkg's status file in the world says is installed.</summary>
    private string InstalledVersion(string package) =>
        File.ReadAllText(_world.StatusPath).Split("\n\n")
            .Select(stanza => stanza.Split('\n'))
            .Where(lines => lines.Contains($"Package: {package}"))
            .Select(lines => lines.First(l => l.StartsWith("Version: ", StringComparison.Ordinal))["Version: ".Length..])
            .Single();
}
