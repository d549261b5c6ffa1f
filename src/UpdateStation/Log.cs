namespace UpdateStation;

/// <summary>One-line messages on standard error, prefixed with the program name; never a stack trace.</summary>
internal static class Log
{
    public static void Info(string message) => Console.Error.WriteLine($"update-station: {message}");

    /// <summary>Reports a failure a person can act on as one line ending in a period; returns <see cref="ExitCodes.Error"/>.</summary>
    public static int Error(string message)
    {
        // A package manager's own last line, quoted at the end of a message, often has no period.
        message = message.ReplaceLineEndings(" ").TrimEnd();
        Info(message.EndsWith('.') || message.EndsWith('!') ? message : message + ".");
        return ExitCodes.Error;
    }

    public static int Error(Exception error) => Error(error.Message);
}
