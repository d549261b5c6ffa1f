using UpdateStation.Commands;

namespace UpdateStation;

/// <summary>
/// `--version`, `status` and `check-now`, the commands menus and scripts run over and over, without the whole command tree: the root
/// command's help and version options alone cost a resource lookup and attribute reflection at every start.
/// </summary>
/// <remarks>
/// Only the subcommand's own definition parses the rest of the line. Anything it does not take cleanly (`--help`, a typo,
/// a bad value, another command) returns null and goes to the full parser, so help and usage errors stay its own.
/// </remarks>
internal static class CommandShortcut
{
    /// <remarks>Synchronous, like the actions it calls: a check-now that becomes the instance runs its loop on the main thread.</remarks>
    public static int? TryRun(string[] args)
    {
        try
        {
            return Run(args);
        }
        catch (Exception ex) when (TopLevelErrors.AreReported(ex))
        {
            return Log.Error(ex); // A full standard output among them: `--version >/dev/full` is one line too.
        }
    }

    private static int? Run(string[] args)
    {
        if (args is ["--version"])
        {
            // What the root command's version option prints, without building the tree or reading the attribute.
            Console.WriteLine(BuildVersion.Informational);
            return ExitCodes.Success;
        }

        var (command, action) = args switch
        {
            ["status", ..] => (StatusCommandDefinition.Create(), StatusCommand.Run),
            ["check-now", ..] => (CheckNowCommandDefinition.Create(), CheckNowCommand.Run),
            _ => ((Command?)null, (Func<ParseResult, int>?)null),
        };
        if (command is null || action is null)
        {
            return null;
        }

        var parsed = command.Parse(args[1..], new ParserConfiguration { ResponseFileTokenReplacer = null });
        return parsed.Errors.Count > 0 ? null : action(parsed);
    }
}
