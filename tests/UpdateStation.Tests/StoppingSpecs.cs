namespace UpdateStation.Tests;

/// <summary>An instance that is stopping, or a check that is interrupted, ends the way it should.</summary>
public sealed class StoppingSpecs
{
    private const int Races = 100;

    [Fact(Timeout = 600_000)]
    public async Task A_tray_stopped_while_check_now_wakes_it_never_dies_of_SIGUSR1()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        List<string> deaths = [];

        for (int race = 0; race < Races; race++)
        {
            (StationProcess tray, _) = await Station.StartTrayAsync(dir);

            // Act: check-now reads the state and signals while the tray stops; a few offsets spread the collision.
            // The sleep waits for nothing: the race itself is the subject, and 0-3 ms offsets move SIGTERM across the
            // instants check-now reads the state and signals, so some of the 100 races land in each.
            await using StationProcess checkNow = StationProcess.Start(dir, ["check-now", "--timeout", "5"]);
            if (race % 4 != 0)
            {
                Thread.Sleep(race % 4);
            }

            tray.Signal(Signals.SIGTERM);
            StationResult exit = await tray.WaitForExitAsync(Station.StartTimeout);
            await checkNow.DisposeAsync();
            await tray.DisposeAsync();

            // Assert (per race)
            if (exit.ExitCode != 0)
            {
                deaths.Add($"race {race}: {exit}");
            }
        }

        Assert.True(deaths.Count == 0, $"{deaths.Count} of {Races} trays did not exit 0:\n{string.Join("\n", deaths)}");
    }

    [Theory(Timeout = 90_000)]
    [InlineData(Signals.SIGINT, 130)]
    [InlineData(Signals.SIGTERM, 143)]
    [InlineData(Signals.SIGHUP, 129)] // its terminal closed
    [InlineData(Signals.SIGQUIT, 131)]
    public async Task A_check_now_instance_interrupted_mid_check_exits_128_plus_the_signal_and_says_so(int signal, int expected)
    {
        // Arrange
        if (signal is Signals.SIGINT or Signals.SIGQUIT && ProcEntry.Has(ProcEntry.SignalMask(Environment.ProcessId, "SigIgn"), signal))
        {
            Assert.Skip("The test runner ignores SIGINT and SIGQUIT (started in the background?), so its children inherit the ignore.");
        }

        await using RuntimeDir dir = RuntimeDir.Create();
        dir.CloseGate();
        await using StationProcess checkNow = StationProcess.Start(dir, ["check-now"]);
        await Station.WaitForInstanceAsync(dir, checkNow);
        await Poll.UntilAsync(() => dir.UpgradeChecks() == 1, Station.StartTimeout, () => "the check reaches pkg upgrade");

        // Act
        checkNow.Signal(signal);
        StationResult exit = await checkNow.WaitForExitAsync(Station.StartTimeout);

        // Assert
        Assert.True(exit.ExitCode == expected, exit.ToString());
        Assert.Contains("the check was interrupted", exit.Stderr, StringComparison.Ordinal);
        Assert.Null(await Station.StatusAsync(dir));
    }
}
