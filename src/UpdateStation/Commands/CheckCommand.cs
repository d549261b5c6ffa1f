using System.CommandLine;
using System.Text.Json;
using UpdateStation.Packages;
using UpdateStation.Packages.Json;
using UpdateStation.Posix;
using UpdateStation.Rendering;

namespace UpdateStation.Commands;

/// <summary>Computes the update plan and prints it as a table or as JSON.</summary>
/// <remarks>
/// SIGHUP, SIGINT, SIGQUIT and SIGTERM stop it as they stop an upgrade before its changes (<see cref="StoppableRun"/>):
/// the check is cancelled, which stops its package manager and waits for it, so no `apt-get update` outlives it.
/// </remarks>
internal static class CheckCommand
{
    /// <summary>
    /// Serialized while the package manager works, on the other core: the JSON's first use (its metadata) and the
    /// fingerprint's (OpenSSL's loading for SHA-256) then cost nothing after apt-get exits, where they were the most of
    /// the time from its exit to ours (bench/README.md, "apt-check-overhead.sh").
    /// </summary>
    private static readonly UpdatePlan s_warmUpPlan = new("warm-up", default, [new PackageChange("warm-up", ChangeAction.Upgrade, "1", "2")], []);

    private static byte[] ToJson(UpdatePlan plan) => JsonSerializer.SerializeToUtf8Bytes(PlanJson.From(plan), PlanJsonContext.Default.PlanJson);

    public static async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        using var guard = new StoppableRun(static _ => { });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, guard.Token);
        try
        {
            var settings = CommandSettings.Load();
            var backend = BackendSelector.Create(
                result.GetValue(CheckCommandDefinition.BackendOption), CommandSettings.CheckTimeout(settings), ignore: CommandSettings.Ignore(settings));
            bool refresh = !result.GetValue(CheckCommandDefinition.NoRefreshOption);
            bool json = result.GetValue(CheckCommandDefinition.JsonOption);
            UpdatePlan plan;
            using (RefreshNotice.Show(refresh))
            {
                var checking = backend.CheckAsync(refresh, stop.Token);

                // Only now, with the package manager started: before, it took a core from the start of apt-get itself.
                var outputReady = json ? Task.Run(() => ToJson(s_warmUpPlan)) : Task.CompletedTask;
                plan = await checking.ConfigureAwait(false);
                await outputReady.ConfigureAwait(false);
            }

            if (json)
            {
                StandardOutput.WriteLine(ToJson(plan));
            }
            else
            {
                PlanTable.Write(Console.Out, plan, DateTimeOffset.UtcNow, refresh, TerminalStyle.Of(StandardDescriptors.Output));
                if (AutomaticFailureLine.Of(CommandSettings.RunLogPath(settings), DateTimeOffset.Now) is { } failure)
                {
                    Console.Out.WriteLine();
                    Console.Out.WriteLine(failure);
                }
            }

            return plan.IsUpToDate ? ExitCodes.Success : ExitCodes.UpdatesAvailable;
        }
        catch (OperationCanceledException) when (guard.StoppedBy is { } signal)
        {
            Log.Error($"the check was stopped by {signal}.");
            return StopSignals.ExitStatusFor(signal);
        }
        catch (BackendException ex)
        {
            return Log.Error(ex);
        }
    }
}
