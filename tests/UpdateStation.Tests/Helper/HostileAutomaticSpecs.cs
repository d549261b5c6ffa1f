using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>`update-station-helper automatic` on a broken system: a stamp from a wrong clock, a stamp that is no file, a stop signal, a window with a typo, no stdout nor stderr.</summary>
public sealed class HostileAutomaticSpecs : IDisposable
{
    // secpkg has a security update.
    private readonly AptWorld _world = AptWorld.Create(rootOnly: true)
        .Offer(new AptPackage("secpkg", "1.0-1+deb12u1"), AptWorld.Security)
        .Install(new AptPackage("secpkg", "1.0-1"))
        .Publish();

    private readonly HelperInstall _helper;

    public HostileAutomaticSpecs()
    {
        _helper = HelperInstall.Create(_world.ConfigPath);
        File.AppendAllText(_helper.SettingsPath, $"\nstate-directory = \"{StateDirectory}\"\n\n[automatic]\nupdates = \"security\"\n");
    }

    private string StateDirectory => Path.Combine(_helper.Directory, "state");

    private string StampPath => Path.Combine(StateDirectory, "automatic.last-run");

    public void Dispose()
    {
        _helper.Dispose();
        _world.Dispose();
    }

    [Fact(Timeout = 180000)]
    public async Task A_stamp_from_a_clock_that_ran_ahead_does_not_stop_every_later_run()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: a run once stamped while the clock said 2099 (a flat RTC battery, a bad NTP answer).
        MakeStateDirectory();
        File.WriteAllText(StampPath, "2099-01-01T03:00:00.0000000+00:00\n");

        // Act
        var run = await _helper.RunAsync(["automatic"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("1.0-1+deb12u1", InstalledVersion("secpkg"));
        Assert.DoesNotContain("2099", File.ReadAllText(StampPath), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120000)]
    public async Task A_stamp_that_is_a_directory_fails_in_one_line_and_changes_nothing()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        MakeStateDirectory();
        Directory.CreateDirectory(Path.Combine(StampPath, "in-the-way"));

        // Act
        var run = await _helper.RunAsync(["automatic"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Contains(StampPath, run.Error, StringComparison.Ordinal); // The journal has only stderr.
        Assert.Contains(StampPath, File.ReadAllText(_helper.LogPath), StringComparison.Ordinal);
        Assert.Equal("1.0-1", InstalledVersion("secpkg"));
    }

    [Theory(Timeout = 180000)]
    [InlineData(1)] // SIGHUP
    [InlineData(2)] // SIGINT
    [InlineData(3)] // SIGQUIT
    [InlineData(15)] // SIGTERM
    public async Task A_stop_signal_while_it_refreshes_ends_the_run_in_the_log_with_exit_1_and_nothing_changed(int signal)
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: apt-get update hangs (a stuck mirror) until the signal comes.
        var started = Path.Combine(_helper.Directory, "update-started");
        _helper.AddProgram("apt-get", $"#!/bin/sh\nfor a in \"$@\"; do [ \"$a\" = update ] && {{ echo $$ > {started}; exec sleep 600; }}; done\nexec /usr/bin/apt-get \"$@\"\n");
        using var process = _helper.Start(["automatic"]);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await Poll.UntilAsync(() => File.Exists(started) && File.ReadAllText(started).EndsWith('\n'), TimeSpan.FromSeconds(60), () => "apt-get update never started");
        var stuck = int.Parse(File.ReadAllText(started).Trim(), System.Globalization.CultureInfo.InvariantCulture);

        // Act
        Assert.True(Signals.Send(process.Id, signal));
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        // Assert
        var leftRunning = Directory.Exists($"/proc/{stuck}") && Signals.Send(stuck, 9);
        Assert.True(process.ExitCode == 1, $"exit {process.ExitCode}; stderr: {await error}");
        Assert.Matches(@"automatic: failed: stopped by SIG[A-Z]+ before any package changed", File.ReadAllText(_helper.LogPath));
        Assert.False(leftRunning, "the stuck apt-get update was left running");
        Assert.Equal("1.0-1", InstalledVersion("secpkg"));
    }

    [Theory(Timeout = 120000)]
    [InlineData("daily 25:00-26:00")]
    [InlineData("Sat 2:00-05:00")]
    public async Task A_window_list_that_cannot_be_read_opens_no_window_rather_than_every_hour(string window)
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: a typo in the only window.
        File.AppendAllText(_helper.SettingsPath, $"window = [\"{window}\"]\n");

        // Act
        var run = await _helper.RunAsync(["automatic"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("outside every maintenance window", run.Error, StringComparison.Ordinal);
        Assert.Contains("window: expected a list of windows", File.ReadAllText(_helper.LogPath), StringComparison.Ordinal);
        Assert.Equal("1.0-1", InstalledVersion("secpkg"));
    }

    [Fact(Timeout = 180000)]
    public async Task With_stdout_and_stderr_closed_it_runs_to_its_end()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: a root cron line `update-station-helper automatic >&- 2>&-`; nothing to tell but the log.
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { RedirectStandardError = true };
        foreach (var argument in new[] { "-c", "exec \"$0\" automatic >&- 2>&-", _helper.Path })
        {
            start.ArgumentList.Add(argument);
        }

        // Act
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        // Assert
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {error}");
        Assert.Equal("1.0-1+deb12u1", InstalledVersion("secpkg"));
        Assert.Contains("automatic run started", File.ReadAllText(_helper.LogPath), StringComparison.Ordinal);
    }

    private void MakeStateDirectory()
    {
        Directory.CreateDirectory(StateDirectory);
        File.SetUnixFileMode(StateDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>The version dpkg's status file in the world says is installed.</summary>
    private string InstalledVersion(string package) =>
        File.ReadAllText(_world.StatusPath).Split("\n\n")
            .Select(stanza => stanza.Split('\n'))
            .Where(lines => lines.Contains($"Package: {package}"))
            .Select(lines => lines.First(l => l.StartsWith("Version: ", StringComparison.Ordinal))["Version: ".Length..])
            .Single();
}
