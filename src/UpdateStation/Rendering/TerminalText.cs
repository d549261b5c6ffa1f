using System.Buffers;
using System.Globalization;
using System.Text;

namespace UpdateStation.Rendering;

/// <summary>Makes text we did not write (package names, versions, a tool's output, the state file) safe to print.</summary>
/// <remarks>
/// A terminal obeys control characters: ESC starts a sequence that can recolour, retitle, hide or rewrite what is on
/// the screen, and C1's CSI (U+009B) does the same alone. Every control character (C0, DEL, C1) is shown instead, as
/// <c>\e</c>, <c>\t</c>, <c>\n</c>, <c>\r</c> or <c>\xHH</c>. JSON output needs none of this: its encoder escapes them.
/// </remarks>
internal static class TerminalText
{
    private static readonly SearchValues<char> s_controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), '\u007f', .. Enumerable.Range(0x80, 0x20).Select(c => (char)c)]);

    /// <summary><paramref name="text"/> with its control characters escaped; the same string when it has none.</summary>
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(s_controls);
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
                _ when s_controls.Contains(c) => escaped.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
