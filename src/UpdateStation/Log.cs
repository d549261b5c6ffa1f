namespace UpdateStation;

/// <summary>One-line messages on standard error, prefixed with the program name.</summary>
internal static class Log
{
    public static void Info(string message) => Console.Error.WriteLine($"update-station: {message}");

    /// <summary>Reports a failure a person can act on and returns <see cref="ExitCodes.Error"/>.</summary>
    public static int Error(string message)
    {
        Info(message);
        return ExitCodes.Error;
    }
}
