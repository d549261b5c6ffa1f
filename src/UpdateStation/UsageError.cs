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
}
