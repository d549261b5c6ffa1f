using UpdateStation;
using UpdateStation.Commands;

// A package manager on its way to a session of its own (FreeBSD's posix_spawn cannot make one): setsid, exec, nothing else.
if (UpdateStation.Posix.SessionExec.IsRequest(args))
{
    return UpdateStation.Posix.SessionExec.Run(args);
}

UpdateStation.Posix.SessionExec.Wrapper = Environment.ProcessPath;

// First, before anything opens a file: a closed standard descriptor must not be taken by one (StandardDescriptors).
UpdateStation.Posix.StandardDescriptors.EnsureOpen();
Console.SetError(new StandardErrorWriter());
Console.SetOut(new StandardOutputWriter());
if (CommandShortcut.TryRun(args) is { } shortcutExit)
{
    return shortcutExit;
}

var root = new RootCommand("Update Station: tells you when package updates wait, and installs them.");
TrayCommandDefinition.AddOptionsTo(root);
root.SetAction(TrayCommand.Run);
root.Subcommands.Add(TrayCommandDefinition.Create());
root.Subcommands.Add(CheckNowCommandDefinition.Create());
root.Subcommands.Add(StatusCommandDefinition.Create());
root.Subcommands.Add(CheckCommandDefinition.Create());
root.Subcommands.Add(UpgradeCommandDefinition.Create());
root.Subcommands.Add(SettingsCommandDefinition.Create());
root.Subcommands.Add(HistoryCommandDefinition.Create());
root.Subcommands.Add(WindowCommandDefinition.Create());
root.Subcommands.Add(LegacyIconCommandDefinition.Create());

// No response files: "@file" would read any file as the caller (root, under sudo or doas) and splice its options in.
var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
if (parsed.Errors.Count > 0)
{
    return UsageError.Report(parsed);
}

if (UsageError.ForOptionsBeforeCommand(parsed) is { } misplaced)
{
    return misplaced;
}

try
{
    // The instance handles SIGINT and SIGTERM itself (a clean stop releases the lock and unpublishes).
    return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false });
}
catch (Exception ex) when (TopLevelErrors.AreReported(ex))
{
    return Log.Error(ex);
}
