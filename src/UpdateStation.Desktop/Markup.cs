namespace UpdateStation.Desktop;

/// <summary>Escaping for the markup subset that notification servers and tooltip hosts read.</summary>
internal static class Markup
{
    /// <summary>Escapes the five characters that a reader of markup would take as markup.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&apos;", StringComparison.Ordinal);
    }
}
