using UpdateStation;
using UpdateStation.Commands;

var root = new RootCommand("Update Station: tells you when package updates wait, and installs them.");
TrayCommandDefinition.AddOptionsTo(root);
root.SetAction(TrayCommand.RunAsync);
root.Subcommands.Add(TrayCommandDefinition.Create());
root.Subcommands.Add(CheckNowCommandDefinition.Create());
root.Subcommands.Add(StatusCommandDefinition.Create());
root.Subcommands.Add(CheckCommandDefinition.Create());
root.Subcommands.Add(UpgradeCommandDefinition.Create());
root.Subcommands.Add(WindowCommandDefinition.Create());
root.Subcommands.Add(LegacyIconCommandDefinition.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // The root command shares the tray's options, so one bad value can be reported for both: say it once.
    foreach (var message in parsed.Errors.Select(e => e.Message).Distinct())
    {
        Log.Info(message);
    }

    Console.Error.WriteLine("Try 'update-station --help'.");
    return ExitCodes.Usage;
}

try
{
    // The instance handles SIGINT and SIGTERM itself (a clean stop releases the lock and unpublishes).
    return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false });
}
catch (Exception ex) when (ex is InstanceException or BackendException or UpdateStation.Posix.PosixException)
{
    return Log.Error(ex);
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
{
    // A file or stream we rely on failed (a full disk, a closed pipe): still one line, never a stack trace.
    return Log.Error($"{ex.Message} ({ex.GetType().Name})");
}
