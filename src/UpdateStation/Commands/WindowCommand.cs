using UpdateStation.Gtk;

namespace UpdateStation.Commands;

/// <summary>`update-station window`: raise the open window, or become it. Never two windows.</summary>
internal static class WindowCommand
{
    public static Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var directory = RuntimeDirectory.Open();
        var runLog = CommandSettings.RunLogPath(CommandSettings.Load());
        return Task.FromResult(SingleInstanceLaunch.Run(directory.Files(WindowSession.ProcessName), "the open window", () =>
        {
            using var session = new WindowSession(directory, runLog);
            if (!session.TryTakeLock())
            {
                return null;
            }

            try
            {
                session.Run();
                return ExitCodes.Success;
            }
            catch (DisplayUnavailableException ex)
            {
                return Log.Error(ex);
            }
        }));
    }
}
