using UpdateStation.Posix;

namespace UpdateStation.Rendering;

/// <summary>How text is drawn on a descriptor: as wide as its terminal and in colour, or, on a pipe or a file, at full width and plain.</summary>
/// <param name="Width">The terminal's columns; null when rows may be as long as they are (not a terminal).</param>
/// <param name="Colour">Colour and weight may be used: a terminal, NO_COLOR unset or empty, TERM set and not "dumb".</param>
internal sealed record TerminalStyle(int? Width, bool Colour)
{
    public const string Bold = "\u001b[1m";
    public const string Red = "\u001b[31m";
    public const string Yellow = "\u001b[33m";
    public const string Reset = "\u001b[0m";

    /// <summary>A terminal's default width when it does not say (a serial console).</summary>
    private const int FallbackWidth = 80;

    public static TerminalStyle Plain { get; } = new(null, false);

    public static TerminalStyle Of(int fd) => Terminal.IsTerminal(fd)
        ? OfTerminal(Terminal.Columns(fd), Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("TERM"))
        : Plain;

    /// <summary>A terminal's style: its columns (null when it does not say), and colour unless NO_COLOR is set or TERM is unset or "dumb".</summary>
    internal static TerminalStyle OfTerminal(int? columns, string? noColor, string? term) =>
        new(columns ?? FallbackWidth, string.IsNullOrEmpty(noColor) && term is { Length: > 0 } && term != "dumb");

    /// <summary><paramref name="text"/> in <paramref name="sgr"/> when colour is on; as it is otherwise.</summary>
    public string Paint(string text, string? sgr) => Colour && sgr is not null ? sgr + text + Reset : text;
}
