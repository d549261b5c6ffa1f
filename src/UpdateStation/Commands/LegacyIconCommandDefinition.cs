namespace UpdateStation.Commands;

internal static class LegacyIconCommandDefinition
{
    public static Command Create()
    {
        var command = new Command(
            "legacy-icon",
            "Show the tray icon through XEmbed (GtkStatusIcon), for panels without a StatusNotifierItem host; it follows the running instance and exits with it (exit status 3 when none runs).");
        command.SetAction(LegacyIconCommand.RunAsync);
        return command;
    }
}
