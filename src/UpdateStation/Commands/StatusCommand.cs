using System.Text.Json;
using UpdateStation.Rendering;

namespace UpdateStation.Commands;

/// <summary>`update-station status`: the running instance's published state, verified.</summary>
internal static class StatusCommand
{
    /// <summary>A starting instance holds the lock an instant before it publishes: give it this long.</summary>
    private static readonly TimeSpan s_publishGrace = TimeSpan.FromSeconds(1);

    public static int Run(ParseResult result)
    {
        var json = result.GetValue(StatusCommandDefinition.Json);
        var files = RuntimeDirectory.Open().Instance;
        var state = InstanceLocator.Find(files);
        if (state is null)
        {
            var lookup = InstanceLocator.Inspect(files);
            state = lookup.IsUnreachable ? InstanceLocator.WaitForPublished(files, s_publishGrace) : lookup.Instance;
            if (state is null && lookup.IsUnreachable && InstanceLocator.Inspect(files) is { IsUnreachable: true } still)
            {
                // Something runs, but it cannot be verified or reached: say what was found rather than "not running".
                return Log.Error($"found {still.Describe(files)}");
            }
        }

        if (state is null)
        {
            Console.WriteLine(json ? """{"running":false}""" : "update-station is not running.");
            return ExitCodes.NotRunning;
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(StatusReport.From(state), OutputJsonContext.Default.StatusReport));
            return ExitCodes.Success;
        }

        Console.WriteLine($"update-station is running (pid {state.Pid}, {TerminalText.Escape(state.Mode)} mode) since {state.StartedAt:yyyy-MM-dd HH:mm:ss}.");
        Console.WriteLine($"Activations handled: {state.Activations}.{(state.Checking ? " A check is running." : string.Empty)}");
        Console.WriteLine(state.LastCheck switch
        {
            null => "No check has completed yet.",
            { Error: { } error } => $"Last check at {state.LastCheck.CheckedAt:yyyy-MM-dd HH:mm:ss} failed: {TerminalText.Escape(error)}",
            var last => $"Last check at {last.CheckedAt:yyyy-MM-dd HH:mm:ss}: {last.Updates} update(s), {last.Security} security.",
        });
        return ExitCodes.Success;
    }
}
