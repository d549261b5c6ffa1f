using System.CommandLine.Parsing;

namespace UpdateStation;

/// <summary>Reports a command line that does not parse: one line, its first error and which help to read.</summary>
internal static class UsageError
{
    public static int Report(ParseResult parsed)
    {
        // System.CommandLine's messages may span lines and quote what was typed; both are made one safe line by Log.
        var message = parsed.Errors[0].Message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
        var command = parsed.CommandResult.Command is RootCommand ? "update-station" : $"update-station {parsed.CommandResult.Command.Name}";
        Log.Info($"{message}; see '{command} --help'.");
        return ExitCodes.Usage;
    }

    /// <summary>
    /// The root's options (the tray's: --backend, --interval, --first-check-delay) given before another command: the
    /// parser takes them for the root and the command never sees them, so `--backend '' check` would run a check with
    /// a detected backend. Null when there are none.
    /// </summary>
    public static int? ForOptionsBeforeCommand(ParseResult parsed)
    {
        if (parsed.CommandResult.Command is RootCommand)
        {
            return null;
        }

        // Help and version act wherever they stand; only options that carry a value for the tray are misplaced.
        var misplaced = parsed.RootCommandResult.Children.OfType<OptionResult>().FirstOrDefault(o => !o.Implicit && o.Option.Action is null);
        if (misplaced is null)
        {
            return null;
        }

        var name = parsed.CommandResult.Command.Name;
        Log.Info($"{misplaced.IdentifierToken?.Value ?? misplaced.Option.Name} came before the command '{name}'; options go after the command they are for; see 'update-station {name} --help'.");
        return ExitCodes.Usage;
    }
}
