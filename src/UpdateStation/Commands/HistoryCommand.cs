using System.Text.Json;
using UpdateStation.Rendering;
using UpdateStation.Upgrade.History;
using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Commands;

/// <summary>`update-station history`: the past runs of the run log (<see cref="RunHistoryParser"/>), newest first.</summary>
internal static class HistoryCommand
{
    public static int Run(ParseResult result)
    {
        var path = result.GetValue(HistoryCommandDefinition.LogOption) ?? CommandSettings.RunLogPath(CommandSettings.Load());
        var runs = RunLogFile.Read(path, out var problem).Reverse().ToList();
        if (problem is not null)
        {
            return Log.Error($"Cannot read the run log '{path}': {problem}.");
        }

        if (result.GetValue(HistoryCommandDefinition.JsonOption))
        {
            StandardOutput.WriteLine(JsonSerializer.SerializeToUtf8Bytes(HistoryReport.From(path, runs), OutputJsonContext.Default.HistoryReport));
            return ExitCodes.Success;
        }

        if (runs.Count == 0)
        {
            Console.WriteLine(T("No upgrade has run yet (the run log is {0}).", TerminalText.Escape(path)));
            return ExitCodes.Success;
        }

        foreach (var run in runs)
        {
            Console.WriteLine(TerminalText.Escape(PastRunText.Heading(run)));
            foreach (var change in run.Changes)
            {
                Console.WriteLine(TerminalText.Escape("    " + PastRunText.Line(change)));
            }
        }

        return ExitCodes.Success;
    }
}
