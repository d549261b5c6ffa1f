using System.Text.Json;
using UpdateStation.Rendering;

namespace UpdateStation.Commands;

/// <summary>`update-station status`: the running instance's published state, verified.</summary>
internal static class StatusCommand
{
    public static Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var json = result.GetValue(StatusCommandDefinition.Json);
        var state = InstanceLocator.Find(RuntimeDirectory.Open());
        if (state is null)
        {
            Console.WriteLine(json ? """{"running":false}""" : "update-station is not running.");
            return Task.FromResult(ExitCodes.NotRunning);
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(StatusReport.From(state), OutputJsonContext.Default.StatusReport));
            return Task.FromResult(ExitCodes.Success);
        }

        Console.WriteLine($"update-station is running (pid {state.Pid}, {TerminalText.Escape(state.Mode)} mode) since {state.StartedAt:yyyy-MM-dd HH:mm:ss}.");
        Console.WriteLine($"Activations handled: {state.Activations}.{(state.Checking ? " A check is running." : string.Empty)}");
        Console.WriteLine(state.LastCheck switch
        {
            null => "No check has completed yet.",
            { Error: { } error } => $"Last check at {state.LastCheck.CheckedAt:yyyy-MM-dd HH:mm:ss} failed: {TerminalText.Escape(error)}",
            var last => $"Last check at {last.CheckedAt:yyyy-MM-dd HH:mm:ss}: {last.Updates} update(s), {last.Security} security.",
        });
        return Task.FromResult(ExitCodes.Success);
    }
}
