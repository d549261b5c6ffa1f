namespace UpdateStation.Commands;

/// <summary>Prints a failure as the one line a person acts on, "update-station: message", never a stack trace.</summary>
internal static class CommandErrors
{
    public static int Report(string message)
    {
        // Messages end with a period; a package manager's own last line, quoted at the end of one, often does not.
        message = message.TrimEnd();
        Console.Error.WriteLine(message.EndsWith('.') || message.EndsWith('!') ? $"update-station: {message}" : $"update-station: {message}.");
        return ExitCodes.Error;
    }

    public static int Report(Exception error) => Report(error.Message.ReplaceLineEndings(" "));
}
