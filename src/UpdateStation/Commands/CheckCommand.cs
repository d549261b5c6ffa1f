using System.CommandLine;
using System.Text.Json;
using UpdateStation.Packages;
using UpdateStation.Packages.Json;
using UpdateStation.Rendering;

namespace UpdateStation.Commands;

/// <summary>Computes the update plan and prints it as a table or as JSON.</summary>
internal static class CheckCommand
{
    public static async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        try
        {
            var backend = BackendSelector.Create(result.GetValue(CheckCommandDefinition.BackendOption));
            bool refresh = !result.GetValue(CheckCommandDefinition.NoRefreshOption);
            var plan = await backend.CheckAsync(refresh, cancellationToken).ConfigureAwait(false);
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
        catch (BackendException ex)
        {
            return Log.Error(ex);
        }
    }
}
