using UpdateStation.Rendering;

namespace UpdateStation.Commands;

/// <summary>`update-station settings`, and the settings every command starts from.</summary>
internal static class SettingsCommand
{
    public static Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        SettingsFiles files = SettingsFiles.ForCurrentUser();
        SettingsReport.Write(Console.Out, files, SettingsLoader.Load(files, Log.Info));
        return Task.FromResult(ExitCodes.Success);
    }

    /// <summary>The system file, then the user's; each problem in them is one line on stderr, never a failure.</summary>
    public static StationSettings Load() => SettingsLoader.Load(SettingsFiles.ForCurrentUser(), Log.Info);

    /// <summary>`check-timeout-minutes`: how long a refresh, a simulation or a lookup of a check may run.</summary>
    public static TimeSpan CheckTimeout(StationSettings settings) => TimeSpan.FromMinutes(settings.CheckTimeoutMinutes);

    /// <summary>The option's value when the command line gave it, so that it overrides the settings; else null.</summary>
    public static T? Given<T>(ParseResult result, Option<T> option)
        where T : struct =>
        result.GetResult(option) is { Implicit: false } given ? given.GetValueOrDefault<T>() : null;
}
