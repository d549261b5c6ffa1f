using System.Text.RegularExpressions;

namespace UpdateStation.Tests;

public sealed class PublishedStateSpecs
{
    [Fact(Timeout = 120_000)]
    public async Task Published_state_is_always_whole_while_activations_rewrite_it()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        (StationProcess tray, StatusReport before) = await Station.StartTrayAsync(dir);
        string published = Path.Combine(dir.StationDir, "instance.json");
        List<string> torn = [];
        HashSet<string> versions = [];
        using CancellationTokenSource stop = new();

        // Act: read the file as fast as possible while signals make the instance rewrite it.
        Task reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                string text;
                try
                {
                    text = File.ReadAllText(published);
                }
                catch (FileNotFoundException)
                {
                    torn.Add("(missing)");
                    continue;
                }

                try
                {
                    using JsonDocument document = JsonDocument.Parse(text);
                    versions.Add(text);
                }
                catch (JsonException)
                {
                    torn.Add(text);
                }
            }
        }, TestContext.Current.CancellationToken);
        for (int i = 0; i < 200 && !tray.HasExited; i++)
        {
            Signals.Send(tray.Pid, Signals.SIGUSR1);

            // Not a synchronisation: the pace of the activations (200 rewrites over about a second) is the scenario.
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        StatusReport? last = null;
        await Poll.UntilAsync(
            async () => (last = await Station.RequireStatusAsync(dir)).Activations > before.Activations && last.Checking == false ? last : null,
            Station.StartTimeout,
            () => $"the signals are handled; last status {last}");
        stop.Cancel();
        await reader.WaitAsync(Station.CommandTimeout, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(torn.Count == 0, $"{torn.Count} reads saw a partial or missing instance.json, e.g. '{torn.FirstOrDefault()}'");
        Assert.True(versions.Count > 1, $"instance.json was never rewritten while activations went from {before.Activations} to {last!.Activations}");
        Assert.False(tray.HasExited);
    }

    [Fact(Timeout = 120_000)]
    public async Task Forged_state_naming_a_decoy_while_the_lock_is_held_never_gets_the_decoy_signalled()
    {
        // Arrange: a real instance leaves its published state behind (SIGKILL); then the test itself holds the lock,
        // and the state is edited to name a decoy: a live process called update-station, of our uid, not our program.
        await using RuntimeDir dir = RuntimeDir.Create();
        (StationProcess tray, _) = await Station.StartTrayAsync(dir);
        tray.Signal(Signals.SIGKILL);
        await tray.WaitForExitAsync(Station.StartTimeout);
        await using StationProcess decoy = Decoy.Start(dir);
        string published = Path.Combine(dir.StationDir, "instance.json");
        string state = File.ReadAllText(published);
        Assert.Matches("\"pid\"\\s*:\\s*\\d+", state);
        File.WriteAllText(published, Regex.Replace(state, "(\"pid\"\\s*:\\s*)\\d+", $"${{1}}{decoy.Pid}"));
        using HeldFileLock heldLock = HeldFileLock.Acquire(Path.Combine(dir.StationDir, "instance.lock"));

        // Act
        StationResult checkNow = await StationProcess.RunAsync(dir, ["check-now", "--timeout", "2"], Station.CommandTimeout);

        // Assert
        Assert.False(decoy.HasExited, $"the decoy was signalled (SIGUSR1 killed it); check-now said: {checkNow}");
        Assert.True(ProcEntry.IsAlive(decoy.Pid));
        Assert.True(checkNow.ExitCode != 0, $"check-now claimed an acknowledgement nobody could give: {checkNow}");
        Assert.Null(CheckNowOutput.DelegationLine(checkNow));
    }
}
