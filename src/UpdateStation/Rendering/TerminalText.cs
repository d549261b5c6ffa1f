namespace UpdateStation.Rendering;

/// <summary>Makes text we did not write (package names, versions, a tool's output, the state file) safe to print.</summary>
/// <remarks>The terminal's name for <see cref="DisplayText"/>, which the window, the icon and the notifications share.</remarks>
internal static class TerminalText
{
    /// <summary><paramref name="text"/> with its control and bidirectional formatting characters escaped; the same string when it has none.</summary>
    public static string Escape(string text) => DisplayText.Escape(text);
}
