namespace UpdateStation.Commands;

/// <summary>`update-station tray`: the long-lived instance of a desktop session.</summary>
internal static class TrayCommand
{
    /// <summary>Synchronous on purpose: the main loop runs on the main thread, the one the action is invoked on.</summary>
    public static int Run(ParseResult result)
    {
        var directory = RuntimeDirectory.Open();
        var settings = SettingsCommand.Load();
        var interval = TimeSpan.FromMinutes(SettingsCommand.Given(result, TrayCommandDefinition.Interval) ?? settings.CheckIntervalMinutes);
        var firstCheck = TimeSpan.FromSeconds(SettingsCommand.Given(result, TrayCommandDefinition.FirstCheckDelay) ?? settings.FirstCheckDelaySeconds);
        var backend = result.GetValue(TrayCommandDefinition.Backend) ?? Environment.GetEnvironmentVariable(BackendSelector.EnvironmentVariable) ?? settings.Backend;
        using var loop = new HeadlessMainLoop();
        using var session = new InstanceSession(loop, directory, InstanceState.TrayMode, backend);
        session.Checks.Completed += check => Log.Info(check.Summary.Error is null
            ? $"check done: {check.Summary.Updates} update(s), {check.Summary.Security} security"
            : $"check failed: {check.Summary.Error}");
        IDisposable? schedule = null;
        var outcome = session.Run(() =>
        {
            var display = Environment.GetEnvironmentVariable("WAYLAND_DISPLAY") ?? Environment.GetEnvironmentVariable("DISPLAY");
            Log.Info(string.IsNullOrEmpty(display)
                ? $"running as the instance (pid {Environment.ProcessId}); no display, so no tray icon"
                : $"running as the instance (pid {Environment.ProcessId}); headless: this build has no tray icon yet");
            if (interval > TimeSpan.Zero)
            {
                schedule = session.Checks.Schedule(firstCheck, interval);
            }
        });
        schedule?.Dispose();
        if (outcome.Result == StartResult.AlreadyRunning)
        {
            Console.Error.WriteLine(outcome.Pid > 0 ? $"update-station is already running (pid {outcome.Pid})" : "update-station is already running");
            return ExitCodes.Error;
        }

        if (session.SteppedDownBecause is { } reason)
        {
            return Log.Error(reason);
        }

        return ExitCodes.Success;
    }
}
