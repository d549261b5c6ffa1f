using UpdateStation.Gtk;

namespace UpdateStation.Commands;

/// <summary>`update-station legacy-icon`: the XEmbed tray icon (GtkStatusIcon) for panels without a StatusNotifierItem host.</summary>
internal static class LegacyIconCommand
{
    public static Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var directory = RuntimeDirectory.Open();
        return Task.FromResult(SingleInstanceLaunch.Run(directory.Files(LegacyIconSession.ProcessName), "the legacy icon", () =>
        {
            using var session = new LegacyIconSession(directory);
            if (!session.TryTakeLock())
            {
                return null;
            }

            try
            {
                if (session.Run())
                {
                    return ExitCodes.Success;
                }

                Log.Info("no instance is running, so the legacy icon has nothing to show (start `update-station tray`).");
                return ExitCodes.NotRunning;
            }
            catch (DisplayUnavailableException ex)
            {
                return Log.Error(ex);
            }
        }));
    }
}
