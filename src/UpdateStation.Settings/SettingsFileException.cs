namespace UpdateStation.Settings;

/// <summary>A settings file the TOML library could not read at all; nothing of it counts.</summary>
/// <remarks>
/// A user's commands and the tray warn and go on without the file (<see cref="SettingsLoader.Load"/>); the root helper
/// refuses to run (<see cref="SettingsLoader.LoadForHelper"/> lets it through), as it does for a file it cannot trust.
/// </remarks>
public sealed class SettingsFileException : Exception
{
    public SettingsFileException(string path, Exception inner)
        : base($"{path}: not readable as TOML ({Reason(inner)})", inner)
    {
        Path = path;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>
    /// The library's first sentence, on one line: "the maximum depth of 64 has been exceeded" (its next sentence tells a
    /// programmer which option to change, which means nothing to the file's author).
    /// </summary>
    private static string Reason(Exception inner)
    {
        string message = string.Join(' ', inner.Message.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        message = (end < 0 ? message : message[..end]).TrimEnd('.');
        if (message.Length == 0)
        {
            return inner.GetType().Name;
        }

        // "The maximum depth" reads as part of our sentence; "TOML ..." keeps its capitals.
        return message.Length > 1 && char.IsUpper(message[0]) && char.IsLower(message[1]) ? char.ToLowerInvariant(message[0]) + message[1..] : message;
    }
}
