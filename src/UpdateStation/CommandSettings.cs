namespace UpdateStation;

/// <summary>The settings every command starts from, and how a command's own options override them.</summary>
internal static class CommandSettings
{
    /// <summary>The system file, then the user's; each problem in them is one line on stderr, never a failure.</summary>
    public static StationSettings Load() => SettingsLoader.Load(SettingsFiles.ForCurrentUser(), Log.Info);

    /// <summary>The run log the helper writes (`[helper] log`), which the history, the window and the tray read.</summary>
    public static string RunLogPath(StationSettings settings) => settings.HelperLog ?? Packages.Processes.RunLog.DefaultPath;

    /// <summary>`check-timeout-minutes`: how long a refresh, a simulation or a lookup of a check may run.</summary>
    public static TimeSpan CheckTimeout(StationSettings settings) => TimeSpan.FromMinutes(settings.CheckTimeoutMinutes);

    /// <summary>
    /// The ignore list a user's check plans with: the system file's entries and the user's own (SettingsFileReader
    /// merges them as a union). A union, not the user's list over the system's: the administrator's entries (a package
    /// this site keeps at its version) must hold in the window and the terminal too, and a user who adds one entry of
    /// their own should not have to repeat every one of the system's. A user cannot drop an entry of the system file
    /// here; automatic runs read the system file alone.
    /// </summary>
    public static IReadOnlyList<IgnoreRule> Ignore(StationSettings settings) => settings.Ignore;

    /// <summary>The option's value when the command line gave it, so that it overrides the settings; else null.</summary>
    public static T? Given<T>(ParseResult result, Option<T> option)
        where T : struct =>
        result.GetResult(option) is { Implicit: false } given ? given.GetValueOrDefault<T>() : null;
}
