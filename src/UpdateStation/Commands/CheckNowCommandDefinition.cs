namespace UpdateStation.Commands;

internal static class CheckNowCommandDefinition
{
    public static readonly Option<double> Timeout = new Option<double>("--timeout")
    {
        Description = "Seconds to wait for the running instance to acknowledge.",
        DefaultValueFactory = _ => 5,
        HelpName = "seconds",
    }.InRange(0.001, 3600, "--timeout must be a number of seconds more than 0 and at most 3600.");

    public static readonly Option<string?> Backend = CommonOptions.Backend();

    public static Command Create()
    {
        var command = new Command(
            "check-now",
            "Check for updates now: the running instance does it (woken with SIGUSR1); with none running, this process checks, then shows the window on a display or prints the result.");
        command.Options.Add(Timeout);
        command.Options.Add(Backend);
        command.SetAction(CheckNowCommand.Run);
        return command;
    }
}
