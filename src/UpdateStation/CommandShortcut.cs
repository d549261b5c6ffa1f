using UpdateStation.Commands;

namespace UpdateStation;

/// <summary>
/// `status` and `check-now`, the commands menus and scripts run over and over, without the whole command tree: the root
/// command's help and version options alone cost a resource lookup and attribute reflection at every start.
/// </summary>
/// <remarks>
/// Only the subcommand's own definition parses the rest of the line. Anything it does not take cleanly (`--help`, a typo,
/// a bad value, another command) returns null and goes to the full parser, so help and usage errors stay its own.
/// </remarks>
internal static class CommandShortcut
{
    public static async Task<int?> TryRunAsync(string[] args)
    {
        var (command, action) = args switch
        {
            ["status", ..] => (StatusCommandDefinition.Create(), StatusCommand.RunAsync),
            ["check-now", ..] => (CheckNowCommandDefinition.Create(), CheckNowCommand.RunAsync),
            _ => ((Command?)null, (Func<ParseResult, CancellationToken, Task<int>>?)null),
        };
        if (command is null || action is null)
        {
            return null;
        }

        var parsed = command.Parse(args[1..], new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            return null;
        }

        try
        {
            return await action(parsed, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InstanceException or BackendException or UpdateStation.Posix.PosixException)
        {
            return Log.Error(ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Log.Error(ex);
        }
    }
}
