using System.Diagnostics;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>
/// Nothing unrecoverable: a power loss while dpkg configures, played by SIGKILL of the helper's process group and of
/// every process of the apt world (apt runs in a session of its own, which a power loss stops as well); the next
/// automatic run, even in the window the killed run used up, says the earlier one was interrupted, repairs first and
/// completes.
/// </summary>
public sealed class AutomaticPowerLossSpecs : IDisposable
{
    private readonly AptWorld _world = AptWorld.Create(rootOnly: true);
    private readonly HelperInstall _helper;

    public AutomaticPowerLossSpecs()
    {
        // alpha's postinst writes the marker and waits the first time, so that the kill lands while dpkg configures.
        _world.Offer(new AptPackage("alpha", "1.1-1", Postinst: $"if [ ! -e '{Marker}' ]; then echo configuring > '{Marker}'; exec sleep 3600; fi"))
            .Offer(new AptPackage("secpkg", "1.0-1+deb12u1"), AptWorld.Security)
            .Install(new AptPackage("alpha", "1.0-1"))
            .Install(new AptPackage("secpkg", "1.0-1"))
            .Publish();
        _helper = AutomaticInstall.Create(_world, "updates = \"all\"", "on-battery = true", "on-metered = true");
    }

    private string Marker => Path.Combine(_world.Directory, "alpha-postinst-ran");

    public void Dispose()
    {
        PowerLoss(null);
        _helper.Dispose();
        _world.Dispose();
    }

    [Fact(Timeout = 300_000)]
    public async Task After_a_power_loss_mid_configure_the_next_run_says_so_repairs_first_and_completes()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot && File.Exists("/usr/bin/setsid"), "The helper runs only as root; setsid gives it a process group.");

        // Arrange: the run, in a process group of its own as the scheduler starts it, is killed while alpha's postinst runs.
        using var killed = StartInNewSession();
        await Poll.UntilAsync(() => killed.HasExited || File.Exists(Marker), TimeSpan.FromMinutes(3), () => "alpha's postinst to run");
        Assert.False(killed.HasExited, "the helper ended before dpkg configured alpha");
        PowerLoss(killed.Id);
        await Poll.UntilAsync(() => killed.HasExited && _world.RunningProcesses().Count == 0, TimeSpan.FromSeconds(60), () => "every process of the run to die");
        Assert.Equal(137, killed.ExitCode);
        Assert.Contains(_world.InstalledStates(), s => !s.Value.EndsWith(" installed", StringComparison.Ordinal));
        Assert.False(IsLocked(_helper.LockPath), "the busy lock is still held after the run died");
        // The stamp stays as the killed run left it (this window used): an interrupted run is finished at once anyway.

        // Act
        var next = await _helper.RunAsync(["automatic"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(next.ExitCode == 0, next.ToString());
        var notInstalled = _world.InstalledStates().Where(s => !s.Value.EndsWith("ok installed", StringComparison.Ordinal)).ToList();
        Assert.True(notInstalled.Count == 0, "not fully installed: " + string.Join(", ", notInstalled.Select(s => $"{s.Key} ({s.Value})")));
        Assert.Equal("alpha 1.1-1", AutomaticInstall.UnpackedVersion(_world, "alpha"));
        Assert.Equal("secpkg 1.0-1+deb12u1", AutomaticInstall.UnpackedVersion(_world, "secpkg"));
        var log = File.ReadAllText(_helper.LogPath);
        var interrupted = log.IndexOf("has no end in the log: it was interrupted", StringComparison.Ordinal);
        Assert.True(interrupted > 0, log);
        Assert.True(log.IndexOf("  configure alpha ", interrupted, StringComparison.Ordinal) > interrupted, log);
        Assert.True(log.IndexOf("done: ", interrupted, StringComparison.Ordinal) > interrupted, log);
    }

    private Process StartInNewSession()
    {
        // setsid(1) execs the helper in a new session when it is no group leader (a child of this process is not): its pid is the group's.
        var start = new ProcessStartInfo("setsid") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(_helper.Path);
        start.ArgumentList.Add("automatic");
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/sbin:/usr/bin:/sbin:/bin";
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>SIGKILL for the helper's process group and every process that runs with the world's apt configuration.</summary>
    private void PowerLoss(int? group)
    {
        if (group is { } leader)
        {
            Programs.Run("kill", ["-KILL", "--", $"-{leader}"]);
        }

        // A process forked between the listing and the kill is found the next time round; its parent is dead by then.
        for (var round = 0; round < 20 && _world.RunningProcesses() is { Count: > 0 } pids; round++)
        {
            Programs.Run("kill", ["-KILL", .. pids.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        }
    }

    private static bool IsLocked(string path)
    {
        var probe = Programs.Run("flock", ["--nonblock", "--exclusive", path, "true"]);
        return probe.ExitCode != 0;
    }
}
