using System.Buffers;
using System.Globalization;
using System.Text;

namespace UpdateStation.Packages;

/// <summary>Makes text we did not write (package names, versions, reasons, a tool's output, a file's) safe to show.</summary>
/// <remarks>
/// One function for every face: the terminal, the window and the legacy icon (GTK), the tray's tooltip and the
/// notifications (D-Bus). A terminal obeys control characters (ESC starts a sequence that can recolour, retitle or
/// rewrite the screen; C1's CSI, U+009B, does the same alone), and a toolkit draws them as boxes. Bidirectional
/// formatting characters reorder what follows them: U+202E (right-to-left override) in "rtl\u202Egnp.exe" makes it
/// read "rtlexe.png" (CVE-2021-42574, "Trojan Source"). Every one of both kinds is shown instead, as <c>\e</c>,
/// <c>\t</c>, <c>\n</c>, <c>\r</c>, <c>\xHH</c> (C0, DEL, C1) or <c>\uHHHH</c> (the bidirectional controls, and the
/// line and paragraph separators, which break a line as \n does). Right-to-left letters are untouched: their direction
/// is their own and ends with the text. JSON output needs none of this: its encoder escapes them.
/// </remarks>
public static class DisplayText
{
    private static readonly SearchValues<char> s_escaped = SearchValues.Create(
    [
        .. Enumerable.Range(0, 0x20).Select(c => (char)c), '\u007f', .. Enumerable.Range(0x80, 0x20).Select(c => (char)c),
        '\u061c', '\u200e', '\u200f', '\u2028', '\u2029', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
        '\u2066', '\u2067', '\u2068', '\u2069',
    ]);

    /// <summary><paramref name="text"/> with its control and bidirectional formatting characters shown; the same string when it has none.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(s_escaped);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            _ = c switch
            {
                '\u001b' => escaped.Append("\\e"),
                '\t' => escaped.Append("\\t"),
                '\n' => escaped.Append("\\n"),
                '\r' => escaped.Append("\\r"),
                < '\u00a0' when s_escaped.Contains(c) => escaped.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)),
                _ when s_escaped.Contains(c) => escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
