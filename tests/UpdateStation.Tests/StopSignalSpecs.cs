using System.Globalization;

namespace UpdateStation.Tests;

/// <summary>
/// Every signal that ends a process by default, sent while a check's package manager runs (the fake pkg held at its
/// gate, a stuck mirror): the process stops cleanly, says so, and leaves no package manager running.
/// </summary>
public sealed class StopSignalSpecs
{
    [Theory(Timeout = 60_000)]
    [InlineData(Signals.SIGHUP)] // the terminal it was started from closed
    [InlineData(Signals.SIGQUIT)]
    public async Task A_tray_stopped_by_a_hangup_or_quit_mid_check_unpublishes_and_leaves_no_package_manager_running(int signal)
    {
        // Arrange
        SkipIfIgnored(signal);
        await using RuntimeDir dir = RuntimeDir.Create();
        dir.CloseGate();
        (StationProcess tray, _) = await Station.StartTrayAsync(dir);
        tray.Signal(Signals.SIGUSR1);
        int pkg = await PkgUpgradePidAsync(dir);

        // Act
        tray.Signal(signal);
        StationResult exit = await tray.WaitForExitAsync(Station.StartTimeout);

        // Assert
        Assert.True(exit.ExitCode == 0, exit.ToString());
        Assert.False(IsRunning(pkg), $"the check's pkg (pid {pkg}) still runs after the tray exited");
        Assert.False(File.Exists(Path.Combine(dir.StationDir, "instance.json")), "instance.json is still published");
    }

    [Theory(Timeout = 60_000)]
    [InlineData(Signals.SIGHUP, 129)]
    [InlineData(Signals.SIGINT, 130)]
    [InlineData(Signals.SIGQUIT, 131)]
    [InlineData(Signals.SIGTERM, 143)]
    public async Task A_check_stopped_by_a_signal_says_so_and_leaves_no_package_manager_running(int signal, int expected)
    {
        // Arrange
        SkipIfIgnored(signal);
        await using RuntimeDir dir = RuntimeDir.Create();
        dir.CloseGate();
        await using StationProcess check = StationProcess.Start(dir, ["check", "--no-refresh"]);
        int pkg = await PkgUpgradePidAsync(dir);

        // Act
        check.Signal(signal);
        StationResult exit = await check.WaitForExitAsync(Station.StartTimeout);

        // Assert
        Assert.True(exit.ExitCode == expected, exit.ToString());
        Assert.Contains("the check was stopped by", exit.Stderr, StringComparison.Ordinal);
        Assert.False(IsRunning(pkg), $"the check's pkg (pid {pkg}) still runs after check exited");
    }

    [Fact(Timeout = 60_000)]
    public async Task A_wake_up_signal_meant_for_the_instance_does_not_end_a_check()
    {
        // Arrange: `pkill -USR1 update-station` reaches every process of ours, not only the instance.
        await using RuntimeDir dir = RuntimeDir.Create();
        dir.CloseGate();
        await using StationProcess check = StationProcess.Start(dir, ["check", "--no-refresh"]);
        await PkgUpgradePidAsync(dir);

        // Act
        check.Signal(Signals.SIGUSR1);
        dir.OpenGate();
        StationResult exit = await check.WaitForExitAsync(Station.StartTimeout);

        // Assert
        Assert.True(exit.ExitCode is 0 or 100, exit.ToString());
    }

    private static void SkipIfIgnored(int signal)
    {
        if (ProcEntry.Has(ProcEntry.SignalMask(Environment.ProcessId, "SigIgn"), signal))
        {
            Assert.Skip($"The test runner ignores signal {signal} (started in the background?), so its children inherit the ignore.");
        }
    }

    private static async Task<int> PkgUpgradePidAsync(RuntimeDir dir)
    {
        string line = await Poll.UntilAsync(
            () => Task.FromResult(dir.PkgInvocations().FirstOrDefault(l => l.StartsWith("upgrade", StringComparison.Ordinal))),
            Station.StartTimeout,
            () => $"the check reaches pkg upgrade; pkg log [{string.Join("; ", dir.PkgInvocations())}]");
        return int.Parse(line[(line.LastIndexOf("pid=", StringComparison.Ordinal) + 4)..], CultureInfo.InvariantCulture);
    }

    /// <summary>Alive and not a zombie (a dead child not yet reaped by its new parent).</summary>
    private static bool IsRunning(int pid)
    {
        string stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        string text = File.ReadAllText(stat);
        return !text[(text.LastIndexOf(')') + 2)..].StartsWith('Z');
    }
}
