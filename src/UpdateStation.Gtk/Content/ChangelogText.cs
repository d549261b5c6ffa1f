using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Gtk.Content;

/// <summary>The details pane's changelog as text: the entries, or why there are none and where to look instead.</summary>
public static class ChangelogText
{
    public static string Loading => T("Loading changelog…");

    /// <summary>What to show for <paramref name="changelog"/>; every line escaped, the entries' line breaks kept.</summary>
    public static string Of(Changelog changelog)
    {
        ArgumentNullException.ThrowIfNull(changelog);
        if (!string.IsNullOrWhiteSpace(changelog.Entries))
        {
            return Lines(changelog.Entries.TrimEnd());
        }

        List<string> lines = [changelog.Unavailable is { Length: > 0 } why ? DisplayText.Escape(why) : T("No changelog is available for this package.")];
        if (!string.IsNullOrWhiteSpace(changelog.Origin))
        {
            lines.Add(T("Built from the port {0}", DisplayText.Escape(changelog.Origin)));
        }

        if (!string.IsNullOrWhiteSpace(changelog.Homepage))
        {
            lines.Add(T("Homepage: {0}", DisplayText.Escape(changelog.Homepage)));
        }

        return string.Join("\n", lines);
    }

    /// <summary>The fetch itself failed: said in one line, as the backend's Unavailable would.</summary>
    public static string Failed(string message) => T("The changelog could not be read: {0}", DisplayText.Escape(message));

    private static string Lines(string text) =>
        string.Join("\n", text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(DisplayText.Escape));
}
