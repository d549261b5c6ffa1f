namespace UpdateStation.Tests;

public sealed class StartupSignalSpecs
{
    private const int Starts = 30;
    private const int SignalsPerBurst = 20;

    [Fact(Timeout = 600_000)]
    public async Task Every_starting_tray_survives_SIGUSR1_bursts_from_the_moment_status_names_it()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        List<string> deaths = [];

        for (int start = 1; start <= Starts; start++)
        {
            // Act: fire the burst as soon as status can name the instance; the contract says it can take SIGUSR1 by then.
            await using StationProcess tray = StationProcess.Start(dir, ["tray"]);
            StatusReport named = await Station.WaitForInstanceAsync(dir, tray);
            for (int i = 0; i < SignalsPerBurst; i++)
            {
                Signals.Send(tray.Pid, Signals.SIGUSR1);
            }

            // Assert (per start): still the instance, activated (bursts coalesce: at least one), then a clean exit.
            StatusReport? last = null;
            await Poll.UntilAsync(
                async () =>
                {
                    if (tray.HasExited)
                    {
                        return "exited";
                    }

                    last = await Station.StatusAsync(dir);
                    return last?.Pid == tray.Pid && last.Activations >= named.Activations + 1 ? "activated" : null;
                },
                Station.StartTimeout,
                () => $"start {start}: the burst is handled; last status {last?.ToString() ?? "none running"}");
            if (tray.HasExited)
            {
                StationResult died = await tray.WaitForExitAsync(Station.StartTimeout);
                deaths.Add($"start {start}: {died}");
                continue;
            }

            tray.Signal(Signals.SIGTERM);
            StationResult exit = await tray.WaitForExitAsync(Station.StartTimeout);
            if (exit.ExitCode != 0)
            {
                deaths.Add($"start {start}: SIGTERM after the burst gave {exit}");
            }
        }

        Assert.True(deaths.Count == 0, $"{deaths.Count} of {Starts} instances died:\n{string.Join("\n", deaths)}");
    }
}
