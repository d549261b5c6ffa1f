using UpdateStation.Tests.Helper;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Commands;

/// <summary>
/// An upgrade no signal and no lost terminal can break, and a half-configured system that is neither called up to date
/// nor left so. Real apt and dpkg into the sample world's private root, through a dpkg
/// wrapper that is slow (or dies) at each --unpack and --configure, so the spec can act while packages change.
/// Root's `upgrade` runs the helper of an installed tree (<see cref="HelperInstall.CreateTree"/>) whose settings name
/// the world; it is started in a session of its own (setsid), and a signal goes to its process group, as a terminal
/// sends it: to update-station and the helper alike.
/// </summary>
public sealed class UpgradeSafetySpecs : IAsyncDisposable
{
    private static readonly TimeSpan s_runTimeout = TimeSpan.FromMinutes(2);
    private readonly AptWorld _world = AptWorld.Sample(rootOnly: true).Publish();
    private readonly HelperInstall _tree;

    public UpgradeSafetySpecs()
    {
        _tree = HelperInstall.CreateTree(_world.ConfigPath, StationBinary.Path);
    }

    private Dictionary<string, string> Environment => new() { ["APT_CONFIG"] = _world.ConfigPath, ["UPDATE_STATION_LOG"] = Path.Combine(_world.Directory, "update-station.log") };

    public async ValueTask DisposeAsync()
    {
        try
        {
            // A detached package manager outlives a killed update-station: let it finish before its world goes.
            await Poll.UntilAsync(
                () => _world.RunningProcesses().Count == 0, s_runTimeout, () => $"the world's apt and dpkg finished (still running: {string.Join(' ', _world.RunningProcesses())})",
                CancellationToken.None);
        }
        finally
        {
            _world.Dispose();
            _tree.Dispose();
        }
    }

    [Theory(Timeout = 240000)]
    [InlineData(1)] // SIGHUP: the terminal closed, the SSH connection dropped
    [InlineData(3)] // SIGQUIT
    [InlineData(15)] // SIGTERM
    [InlineData(9)] // SIGKILL
    [InlineData(10)] // SIGUSR1, meant for the instance (`pkill -USR1 update-station`): ignored, not a stop request
    public async Task A_signal_once_dpkg_configures_never_leaves_packages_half_configured(int signal)
    {
        // Arrange
        SkipUnlessRoot();
        _world.UseDpkgWrapper(configureGate: _world.ConfigureGatePath);
        await using var upgrade = StartUpgrade(["setsid"]);
        await Poll.UntilAsync(_world.DpkgConfigureBegan, s_runTimeout, () => $"dpkg --configure began; stderr so far: {upgrade.Stderr}");

        // Act: SIGKILL to update-station alone (kill -9 PID); the others to the group, as the terminal sends them. dpkg
        // waits at --configure until the signal is sent, so it lands while packages are half configured.
        Signals.Send(signal == Signals.SIGKILL ? upgrade.Pid : -upgrade.Pid, signal);
        _world.OpenConfigureGate();
        var result = await upgrade.WaitForExitAsync(s_runTimeout);
        await Poll.UntilAsync(() => _world.RunningProcesses().Count == 0, s_runTimeout, () => "the world's apt and dpkg finished");

        // Assert
        if (signal == Signals.SIGKILL)
        {
            Assert.Equal(128 + Signals.SIGKILL, result.ExitCode);
        }
        else
        {
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.True(signal == Signals.SIGUSR1 || result.Stderr.Contains("refused", StringComparison.Ordinal), result.ToString());
        }

        AssertFullyUpgraded();
    }

    [Theory(Timeout = 240000)]
    [InlineData(1, "SIGHUP")]
    [InlineData(15, "SIGTERM")]
    public async Task A_signal_before_anything_changes_stops_the_upgrade_cleanly(int signal, string name)
    {
        // Arrange: the helper's refresh (the second; update-station's own check was the first) waits in an apt hook
        // until the gate opens.
        SkipUnlessRoot();
        var started = Path.Combine(_world.Directory, "refresh-started");
        var gate = Path.Combine(_world.Directory, "refresh-gate");
        _world.AddConfigurationLine(
            $"APT::Update::Pre-Invoke {{ \"if [ -e '{started}-1' ]; then touch '{started}-2'; while [ ! -e '{gate}' ]; do sleep 0.05; done; else touch '{started}-1'; fi\"; }};");
        var statusBefore = File.ReadAllText(_world.StatusPath);
        await using var upgrade = StartUpgrade(["setsid"]);
        await Poll.UntilAsync(() => File.Exists(started + "-2"), s_runTimeout, () => $"the helper's refresh began; stderr so far: {upgrade.Stderr}");

        // Act
        Signals.Send(-upgrade.Pid, signal);
        var result = await upgrade.WaitForExitAsync(s_runTimeout);
        File.WriteAllText(gate, "");

        // Assert
        Assert.True(result.ExitCode == 128 + signal, result.ToString());
        Assert.Contains($"stopped by {name} before any package changed; nothing was changed.", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(statusBefore, File.ReadAllText(_world.StatusPath));
    }

    [Fact(Timeout = 240000)]
    public async Task An_upgrade_whose_output_cannot_be_written_still_completes()
    {
        // Arrange
        SkipUnlessRoot();
        _world.UseDpkgWrapper(delaySeconds: 0.2);

        // Act: stdout is /dev/full, where every write fails with ENOSPC.
        await using var upgrade = StartUpgrade(["sh", "-c", "exec \"$0\" \"$@\" >/dev/full"]);
        var result = await upgrade.WaitForExitAsync(s_runTimeout);

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        AssertFullyUpgraded();
    }

    [Fact(Timeout = 240000)]
    public async Task An_upgrade_whose_reader_goes_away_midway_still_completes()
    {
        // Arrange
        SkipUnlessRoot();
        _world.UseDpkgWrapper(configureGate: _world.ConfigureGatePath);
        var start = new ProcessStartInfo(_tree.FrontEndPath) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var argument in new[] { "upgrade", "-y", "--backend", "apt" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        using var upgrade = Process.Start(start)!;
        ChildProcessReaper.Track(upgrade);
        upgrade.StandardInput.Close();
        var errors = upgrade.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await Poll.UntilAsync(_world.DpkgConfigureBegan, s_runTimeout, () => "dpkg --configure began");

        // Act: the reader of its stdout closes its end (a pager quit, a pipe's reader died) while dpkg configures.
        upgrade.StandardOutput.Close();
        _world.OpenConfigureGate();
        await upgrade.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(s_runTimeout, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(upgrade.ExitCode == 0, $"exit {upgrade.ExitCode}: {await errors}");
        AssertFullyUpgraded();
    }

    [Fact(Timeout = 240000)]
    public async Task User_is_shown_half_configured_packages_and_upgrade_finishes_them()
    {
        // Arrange: a real upgrade whose dpkg is killed at its first --configure leaves packages unpacked, not configured.
        SkipUnlessRoot();
        _world.UseDpkgWrapper(dieOnConfigure: true);
        Assert.Equal(0, _world.RunWithWorld("apt-get", "-q", "update").ExitCode);
        Assert.NotEqual(0, _world.RunWithWorld("apt-get", "-y", "-o", "Dpkg::Use-Pty=0", "dist-upgrade").ExitCode);
        _world.UseDpkg("/usr/bin/dpkg");
        var halfDone = _world.InstalledStates().Where(s => !s.Value.EndsWith(" installed", StringComparison.Ordinal)).Select(s => s.Key).ToList();
        Assert.NotEmpty(halfDone);

        // Act
        var check = await PublishedBinary.RunAsync(["check", "--json", "--no-refresh", "--backend", "apt"], Environment, TestContext.Current.CancellationToken);
        var upgrade = await PublishedBinary.RunAsync(["upgrade", "-y", "--backend", "apt"], Environment, TestContext.Current.CancellationToken, executable: _tree.FrontEndPath);

        // Assert
        Assert.True(check.ExitCode == 100, $"check exit {check.ExitCode}: {check.Output}{check.Error}");
        using var plan = JsonDocument.Parse(check.Output);
        var toConfigure = plan.RootElement.GetProperty("updates").EnumerateArray()
            .Where(u => u.GetProperty("action").GetString() == "configure").Select(u => u.GetProperty("name").GetString()).ToList();
        Assert.Equal(halfDone.Order(), toConfigure.Order());
        Assert.True(upgrade.ExitCode == 0, $"upgrade exit {upgrade.ExitCode}: {upgrade.Output}{upgrade.Error}");
        AssertFullyUpgraded();
    }

    private static void SkipUnlessRoot() =>
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "A real dpkg run into the private root needs root (CI runs as root).");

    private StationProcess StartUpgrade(IReadOnlyList<string>? launcher = null) =>
        StationProcess.StartProgram([.. launcher ?? [], _tree.FrontEndPath, "upgrade", "-y", "--backend", "apt"], start =>
        {
            foreach (var (name, value) in Environment)
            {
                start.Environment[name] = value;
            }
        });

    /// <summary>Every package fully installed at its new version, and apt with nothing left to do.</summary>
    private void AssertFullyUpgraded()
    {
        var notInstalled = _world.InstalledStates().Where(s => !s.Value.EndsWith("ok installed", StringComparison.Ordinal)).ToList();
        Assert.True(notInstalled.Count == 0, "not fully installed: " + string.Join(", ", notInstalled.Select(s => $"{s.Key} ({s.Value})")));
        Assert.Equal("alpha 1.1-1\n", File.ReadAllText(Path.Combine(_world.RootDirectory, "usr/share/doc/alpha/VERSION")));
        var (exit, output, error) = _world.RunWithWorld("apt-get", "-s", "-o", "Debug::NoLocking=true", "dist-upgrade");
        Assert.True(exit == 0, error);
        Assert.Contains("0 upgraded, 0 newly installed, 0 to remove", output, StringComparison.Ordinal);
        Assert.DoesNotContain("not fully installed", output, StringComparison.Ordinal);
    }
}
