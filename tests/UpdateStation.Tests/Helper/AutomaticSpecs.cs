using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>`update-station-helper automatic` as the scheduler starts it: root, nobody there, a real apt world.</summary>
public sealed class AutomaticSpecs : IDisposable
{
    // alpha has a plain upgrade, secpkg a security one; nothing is removed.
    private readonly AptWorld _world = AptWorld.Create(rootOnly: true)
        .Offer(new AptPackage("alpha", "1.1-1"))
        .Offer(new AptPackage("secpkg", "1.0-1+deb12u1"), AptWorld.Security)
        .Install(new AptPackage("alpha", "1.0-1"))
        .Install(new AptPackage("secpkg", "1.0-1"))
        .Publish();

    private HelperInstall? _helper;

    public void Dispose()
    {
        _helper?.Dispose();
        _world.Dispose();
    }

    [Fact(Timeout = 120000)]
    public async Task Automatic_updates_are_off_until_the_settings_turn_them_on()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        var helper = Install(automatic: null);

        // Act
        var run = await helper.RunAsync(["automatic"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("automatic updates are off", run.Error, StringComparison.Ordinal);
        Assert.Equal("1.0-1", InstalledVersion("alpha"));
        Assert.Equal("1.0-1", InstalledVersion("secpkg"));
    }

    [Fact(Timeout = 180000)]
    public async Task Security_only_installs_the_security_update_and_leaves_the_rest()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        var helper = Install("updates = \"security\"");

        // Act
        var run = await helper.RunAsync(["automatic"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("1.0-1+deb12u1", InstalledVersion("secpkg"));
        Assert.Equal("1.0-1", InstalledVersion("alpha"));
        var log = File.ReadAllText(helper.LogPath);
        Assert.Contains("automatic: left out alpha 1.1-1 (not a security update)", log, StringComparison.Ordinal);
        Assert.Contains("1 security updates installed", run.Error, StringComparison.Ordinal);
    }

    [Theory(Timeout = 180000)]
    [InlineData("alpha")]
    [InlineData("alpha=1.1-1")]
    public async Task An_ignored_package_is_left_out_by_name_or_by_version(string rule)
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        var helper = Install("updates = \"all\"", ignore: rule);

        // Act
        var run = await helper.RunAsync(["automatic"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("1.0-1", InstalledVersion("alpha"));
        Assert.Equal("1.0-1+deb12u1", InstalledVersion("secpkg"));
        Assert.Contains($"automatic: left out alpha 1.1-1 (ignored: {rule})", File.ReadAllText(helper.LogPath), StringComparison.Ordinal);
    }

    [Fact(Timeout = 180000)]
    public async Task A_version_other_than_the_ignored_one_is_installed()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        var helper = Install("updates = \"all\"", ignore: "alpha=1.0-9");

        // Act
        var run = await helper.RunAsync(["automatic"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("1.1-1", InstalledVersion("alpha"));
    }

    [Fact(Timeout = 120000)]
    public async Task Outside_every_window_the_run_waits_and_says_when_the_next_opens()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: a window two days from now, whatever today is.
        var day = DateTime.Now.AddDays(2).DayOfWeek.ToString()[..3];
        var helper = Install($"updates = \"all\"\nwindow = [\"{day} 02:00-03:00\"]");

        // Act
        var run = await helper.RunAsync(["automatic"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"the next opens {DateTime.Now.AddDays(2):yyyy-MM-dd} 02:00", run.Error, StringComparison.Ordinal);
        Assert.Equal("1.0-1", InstalledVersion("alpha"));
    }

    [Fact(Timeout = 180000)]
    public async Task A_window_is_used_once_a_second_run_in_it_waits()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: the first run installs the security update; then alpha's becomes one too.
        var helper = Install("updates = \"security\"");
        var first = await helper.RunAsync(["automatic"], TestContext.Current.CancellationToken);
        Assert.True(first.ExitCode == 0, first.ToString());
        _world.Offer(new AptPackage("alpha", "1.1-1"), AptWorld.Security).Publish();

        // Act
        var second = await helper.RunAsync(["automatic"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("already run in this one", second.Error, StringComparison.Ordinal);
        Assert.Equal("1.0-1", InstalledVersion("alpha"));
        Assert.True(File.Exists(Path.Combine(helper.Directory, "state", "automatic.last-run")));
    }

    [Fact(Timeout = 120000)]
    public async Task A_second_run_while_one_holds_the_busy_lock_stops_at_once()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: another run holds the busy lock (flock(1) as root, in the helper's lock directory).
        var helper = Install("updates = \"all\"");
        Directory.CreateDirectory(helper.LockDirectory);
        File.SetUnixFileMode(helper.LockDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var start = new System.Diagnostics.ProcessStartInfo("flock") { RedirectStandardInput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--exclusive", helper.LockPath, "cat" })
        {
            start.ArgumentList.Add(argument);
        }

        using var holder = System.Diagnostics.Process.Start(start)!;
        await Poll.UntilAsync(() => File.Exists(helper.LockPath) && IsLocked(helper.LockPath), TimeSpan.FromSeconds(30), () => "the other run's lock");

        // Act
        var run = await helper.RunAsync(["automatic"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("another run is changing packages", run.Error, StringComparison.Ordinal);
        Assert.Equal("1.0-1", InstalledVersion("alpha"));
        holder.StandardInput.Close();
        await holder.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    private static bool IsLocked(string path)
    {
        using var probe = System.Diagnostics.Process.Start("flock", ["--nonblock", "--exclusive", path, "true"])!;
        probe.WaitForExit();
        return probe.ExitCode != 0;
    }

    private HelperInstall Install(string? automatic, string? ignore = null)
    {
        _helper = HelperInstall.Create(_world.ConfigPath);
        var state = Path.Combine(_helper.Directory, "state");
        var settings = File.ReadAllText(_helper.SettingsPath);
        File.WriteAllText(_helper.SettingsPath, (ignore is null ? "" : $"ignore = [\"{ignore}\"]\n")
            + settings + $"\nstate-directory = \"{state}\"\n" + (automatic is null ? "" : $"\n[automatic]\n{automatic}\n"));
        return _helper;
    }

    /// <summary>The version dpkg's status file in the world says is installed.</summary>
    private string InstalledVersion(string package) =>
        File.ReadAllText(_world.StatusPath).Split("\n\n")
            .Select(stanza => stanza.Split('\n'))
            .Where(lines => lines.Contains($"Package: {package}"))
            .Select(lines => lines.First(l => l.StartsWith("Version: ", StringComparison.Ordinal))["Version: ".Length..])
            .Single();
}
