namespace UpdateStation.Commands;

/// <summary>`update-station tray`: the long-lived instance of a desktop session.</summary>
internal static class TrayCommand
{
    public static Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var directory = RuntimeDirectory.Open();
        var settings = SettingsCommand.Load();
        var interval = TimeSpan.FromMinutes(SettingsCommand.Given(result, TrayCommandDefinition.Interval) ?? settings.CheckIntervalMinutes);
        var firstCheck = TimeSpan.FromSeconds(SettingsCommand.Given(result, TrayCommandDefinition.FirstCheckDelay) ?? settings.FirstCheckDelaySeconds);
        var backend = result.GetValue(TrayCommandDefinition.Backend) ?? Environment.GetEnvironmentVariable(BackendSelector.EnvironmentVariable) ?? settings.Backend;
        using var session = new InstanceSession(directory, InstanceState.TrayMode, new UpdateCheck(backend));
        session.Host.CheckCompleted += summary => Log.Info(summary.Error is null
            ? $"check done: {summary.Updates} update(s), {summary.Security} security"
            : $"check failed: {summary.Error}");
        IDisposable? schedule = null;
        var started = session.Run(() =>
        {
            var display = Environment.GetEnvironmentVariable("WAYLAND_DISPLAY") ?? Environment.GetEnvironmentVariable("DISPLAY");
            Log.Info(string.IsNullOrEmpty(display)
                ? $"running as the instance (pid {Environment.ProcessId}); no display, so no tray icon"
                : $"running as the instance (pid {Environment.ProcessId}); headless: this build has no tray icon yet");
            if (interval > TimeSpan.Zero)
            {
                schedule = session.Host.SchedulePeriodicChecks(firstCheck, interval);
            }
        });
        schedule?.Dispose();
        if (!started)
        {
            var pid = InstanceLocator.WaitForPublished(directory, TimeSpan.FromSeconds(1))?.Pid;
            Console.Error.WriteLine(pid is null ? "update-station is already running" : $"update-station is already running (pid {pid})");
            return Task.FromResult(ExitCodes.Error);
        }

        return Task.FromResult(ExitCodes.Success);
    }
}
