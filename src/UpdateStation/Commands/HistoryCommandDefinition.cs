namespace UpdateStation.Commands;

/// <summary>`update-station history [--json] [--log PATH]`.</summary>
internal static class HistoryCommandDefinition
{
    public static readonly Option<bool> JsonOption = CommonOptions.Json("Print the runs as one JSON object.");

    public static readonly Option<string?> LogOption = new("--log")
    {
        Description = "The run log to read (default: the helper's log from the system settings, else /var/log/update-station.log).",
        HelpName = "PATH",
    };

    public static Command Create()
    {
        var command = new Command("history", "List past upgrades from the run log, newest first: when, whether automatic, what changed and how each ended.")
        {
            JsonOption,
            LogOption,
        };
        command.SetAction(HistoryCommand.Run);
        return command;
    }
}
