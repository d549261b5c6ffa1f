using UpdateStation.Face;

namespace UpdateStation.Commands;

/// <summary>`update-station tray`: the long-lived instance of a desktop session.</summary>
internal static class TrayCommand
{
    /// <summary>Synchronous on purpose: the main loop runs on the main thread, the one the action is invoked on.</summary>
    public static int Run(ParseResult result)
    {
        var directory = RuntimeDirectory.Open();
        var settings = CommandSettings.Load();
        var interval = TimeSpan.FromMinutes(CommandSettings.Given(result, TrayCommandDefinition.Interval) ?? settings.CheckIntervalMinutes);
        var firstCheck = TimeSpan.FromSeconds(CommandSettings.Given(result, TrayCommandDefinition.FirstCheckDelay) ?? settings.FirstCheckDelaySeconds);
        var backend = result.GetValue(TrayCommandDefinition.Backend) ?? Environment.GetEnvironmentVariable(BackendSelector.EnvironmentVariable) ?? settings.Backend;
        using var loop = new HeadlessMainLoop();
        using var session = new InstanceSession(
            loop, directory, InstanceState.TrayMode, new UpdateCheck(backend, CommandSettings.CheckTimeout(settings), CommandSettings.Ignore(settings)));
        session.Checks.Completed += check => Log.Info(check.Summary.Error is null
            ? $"check done: {check.Summary.Updates} update(s), {check.Summary.Security} security"
            : $"check failed: {check.Summary.Error}");
        using var trim = new IdleTrim();
        session.Checks.Completed += _ => trim.Schedule();
        var processes = new OwnProcesses(directory, quiet: false);
        var face = new TrayFace(session, processes, settings);
        session.Checks.Activated += _ =>
        {
            // An activation (check-now, the menu, the window's Check Again) shows the result in the window.
            if (OwnProcesses.HasDisplay)
            {
                processes.ShowWindow();
            }
        };
        AutomaticChecks? schedule = null;
        PackageDatabaseWatch? watch = null;
        var outcome = session.Run(() =>
        {
            face.Start(loop);
            watch = PackageDatabaseWatch.Start(backend, session.Checks, loop);
            if (interval > TimeSpan.Zero)
            {
                schedule = new AutomaticChecks(session.Checks, loop, firstCheck, interval);
            }
        });
        schedule?.Dispose();
        watch?.Dispose();
        face.DisposeAsync().AsTask().GetAwaiter().GetResult();
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
