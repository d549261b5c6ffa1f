using System.Globalization;
using System.Text.Json;
using UpdateStation.Rendering;
using static UpdateStation.Posix.Catalog;

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
            Console.WriteLine(json ? """{"running":false}""" : T("update-station is not running."));
            return ExitCodes.NotRunning;
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(StatusReport.From(state), OutputJsonContext.Default.StatusReport));
            return ExitCodes.Success;
        }

        Console.WriteLine(T("update-station is running (pid {0}, {1} mode) since {2}.", state.Pid, TerminalText.Escape(state.Mode), Time(state.StartedAt)));
        Console.WriteLine(T("Activations handled: {0}.", state.Activations) + (state.Checking ? " " + T("A check is running.") : string.Empty));
        Console.WriteLine(state.LastCheck switch
        {
            null => T("No check has completed yet."),
            { Error: { } error } => T("Last check at {0} failed: {1}", Time(state.LastCheck.CheckedAt), TerminalText.Escape(error)),
            var last => N("Last check at {1}: {0} update, {2} security.", "Last check at {1}: {0} updates, {2} security.", last.Updates, Time(last.CheckedAt), last.Security),
        });
        return ExitCodes.Success;
    }

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
