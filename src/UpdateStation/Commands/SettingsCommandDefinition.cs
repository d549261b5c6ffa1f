namespace UpdateStation.Commands;

/// <summary>`update-station settings`.</summary>
internal static class SettingsCommandDefinition
{
    public static Command Create()
    {
        var command = new Command("settings", "Print which settings files are read, then the effective settings and where each value comes from (default, system file, your file).");
        command.SetAction(SettingsCommand.RunAsync);
        return command;
    }
}
