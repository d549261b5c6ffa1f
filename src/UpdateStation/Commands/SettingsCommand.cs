using UpdateStation.Rendering;

namespace UpdateStation.Commands;

/// <summary>`update-station settings`: each setting, its value and where it came from.</summary>
internal static class SettingsCommand
{
    public static Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        SettingsFiles files = SettingsFiles.ForCurrentUser();
        SettingsReport.Write(Console.Out, files, SettingsLoader.Load(files, Log.Info));
        return Task.FromResult(ExitCodes.Success);
    }
}
