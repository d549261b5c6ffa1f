namespace UpdateStation.Commands;

internal static class TrayCommandDefinition
{
    public static readonly Option<string?> Backend = CommonOptions.Backend();

    public static readonly Option<int> Interval = new("--interval")
    {
        Description = "Minutes between periodic checks; 0 turns them off.",
        DefaultValueFactory = _ => 360,
        HelpName = "minutes",
    };

    public static readonly Option<int> FirstCheckDelay = new("--first-check-delay")
    {
        Description = "Seconds after start-up before the first periodic check, so the session can settle.",
        DefaultValueFactory = _ => 120,
        HelpName = "seconds",
    };

    public static Command Create()
    {
        var command = new Command("tray", "Run the instance for this desktop session (the default): periodic checks, tray icon, notifications.");
        AddOptionsTo(command);
        command.SetAction(TrayCommand.RunAsync);
        return command;
    }

    /// <summary>The root command runs the tray too, so it takes the same options.</summary>
    public static void AddOptionsTo(Command command)
    {
        command.Options.Add(Backend);
        command.Options.Add(Interval);
        command.Options.Add(FirstCheckDelay);
        Interval.Validators.Add(r => { if (r.GetValue(Interval) < 0) r.AddError("--interval must be 0 or more minutes."); });
        FirstCheckDelay.Validators.Add(r => { if (r.GetValue(FirstCheckDelay) < 0) r.AddError("--first-check-delay must be 0 or more seconds."); });
    }
}
