namespace UpdateStation.Commands;

internal static class StatusCommandDefinition
{
    public static readonly Option<bool> Json = CommonOptions.Json("Print one JSON object instead of text.");

    public static Command Create()
    {
        var command = new Command("status", "Show what the running instance is doing; exit status 3 when none runs.");
        command.Options.Add(Json);
        command.SetAction(StatusCommand.Run);
        return command;
    }
}
