namespace UpdateStation.Commands;

internal static class TrayCommandDefinition
{
    public static readonly Option<string?> Backend = CommonOptions.Backend();

    public static readonly Option<int> Interval = new Option<int>("--interval")
    {
        Description = "Minutes between periodic checks; 0 turns them off (default: the check-interval-minutes setting, 360).",
        HelpName = "minutes",
    }.InRange(0, 525_600, "--interval must be a whole number of minutes from 0 to 525600 (a year).");

    public static readonly Option<int> FirstCheckDelay = new Option<int>("--first-check-delay")
    {
        Description = "Seconds after start-up before the first periodic check, so the session can settle (default: the first-check-delay-seconds setting, 120).",
        HelpName = "seconds",
    }.InRange(0, 86_400, "--first-check-delay must be a whole number of seconds from 0 to 86400 (a day).");

    public static Command Create()
    {
        var command = new Command("tray", "Run the instance for this desktop session (the default): periodic checks, tray icon, notifications.");
        AddOptionsTo(command);
        command.SetAction(TrayCommand.Run);
        return command;
    }

    /// <summary>The root command runs the tray too, so it takes the same options.</summary>
    public static void AddOptionsTo(Command command)
    {
        command.Options.Add(Backend);
        command.Options.Add(Interval);
        command.Options.Add(FirstCheckDelay);
    }
}
