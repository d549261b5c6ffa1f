using System.Globalization;

namespace UpdateStation.Tests;

/// <summary>A check's package manager never outlives the instance that started it.</summary>
public sealed class CheckChildrenSpecs
{
    [Theory(Timeout = 60_000)]
    [InlineData(false)]
    [InlineData(true)] // a child that ignores SIGTERM: only the SIGKILL after the grace period stops it
    public async Task A_tray_stopped_mid_check_leaves_no_package_manager_running(bool childIgnoresSigterm)
    {
        // Arrange: the tray's first check blocks in the fake pkg until the gate opens (a stuck mirror).
        await using RuntimeDir dir = RuntimeDir.Create();
        dir.CloseGate();
        var options = new StartOptions { Environment = new Dictionary<string, string?> { ["FAKE_PKG_IGNORE_TERM"] = childIgnoresSigterm ? "1" : null } };
        (StationProcess tray, _) = await Station.StartTrayAsync(dir, options);
        tray.Signal(Signals.SIGUSR1);
        string line = await Poll.UntilAsync(
            () => Task.FromResult(dir.PkgInvocations().FirstOrDefault(l => l.StartsWith("upgrade", StringComparison.Ordinal))),
            Station.StartTimeout,
            () => $"the tray's check reaches pkg upgrade; pkg log [{string.Join("; ", dir.PkgInvocations())}]");
        int pkg = int.Parse(line[(line.LastIndexOf("pid=", StringComparison.Ordinal) + 4)..], CultureInfo.InvariantCulture);

        // Act
        tray.Signal(Signals.SIGTERM);
        StationResult exit = await tray.WaitForExitAsync(Station.StartTimeout);

        // Assert
        Assert.True(exit.ExitCode == 0, exit.ToString());
        Assert.False(IsRunning(pkg), $"the check's pkg (pid {pkg}) still runs after the tray exited");
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
