using System.CommandLine;
using System.Text.Json;
using UpdateStation.Packages;
using UpdateStation.Packages.Json;
using UpdateStation.Rendering;
using UpdateStation.Upgrade;

namespace UpdateStation.Commands;

/// <summary>Computes the update plan and prints it as a table or as JSON.</summary>
/// <remarks>
/// SIGHUP, SIGINT, SIGQUIT and SIGTERM stop it as they stop an upgrade before its changes (<see cref="UpgradeGuard"/>):
/// the check is cancelled, which stops its package manager and waits for it, so no `apt-get update` outlives it.
/// </remarks>
internal static class CheckCommand
{
    public static async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        using var guard = new UpgradeGuard(static _ => { });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, guard.Token);
        try
        {
            var backend = BackendSelector.Create(
                result.GetValue(CheckCommandDefinition.BackendOption), SettingsCommand.CheckTimeout(SettingsCommand.Load()));
            bool refresh = !result.GetValue(CheckCommandDefinition.NoRefreshOption);
            var plan = await backend.CheckAsync(refresh, stop.Token).ConfigureAwait(false);
            if (result.GetValue(CheckCommandDefinition.JsonOption))
            {
                StandardOutput.WriteLine(JsonSerializer.SerializeToUtf8Bytes(PlanJson.From(plan), PlanJsonContext.Default.PlanJson));
            }
            else
            {
                PlanTable.Write(Console.Out, plan, DateTimeOffset.UtcNow, refresh);
            }

            return plan.IsUpToDate ? ExitCodes.Success : ExitCodes.UpdatesAvailable;
        }
        catch (OperationCanceledException) when (guard.StoppedBy is { } signal)
        {
            Log.Error($"the check was stopped by {signal}.");
            return UpgradeGuard.ExitStatusFor(signal);
        }
        catch (BackendException ex)
        {
            return Log.Error(ex);
        }
    }
}
