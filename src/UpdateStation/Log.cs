using UpdateStation.Rendering;

namespace UpdateStation;

/// <summary>One-line messages on standard error, prefixed with the program name; never a stack trace.</summary>
/// <remarks>Messages quote what tools and files said, so control characters are escaped (<see cref="TerminalText"/>).</remarks>
internal static class Log
{
    public static void Info(string message) => Console.Error.WriteLine($"update-station: {TerminalText.Escape(message)}");

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
