namespace UpdateStation.Commands;

internal static class WindowCommandDefinition
{
    public static Command Create()
    {
        var command = new Command(
            "window",
            "Show the update window: raises the open one (woken with SIGUSR1), or opens it; it follows the instance's published state.");
        command.SetAction(WindowCommand.RunAsync);
        return command;
    }
}
