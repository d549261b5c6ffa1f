using System.Text.RegularExpressions;

namespace UpdateStation.Packages.Apt;

/// <summary>Reads a Debian changelog (deb-changelog(5)): the entries newer than a version; a pure function.</summary>
/// <remarks>
/// An entry starts at a line "package (version) distributions; urgency=..." in column one and runs to the next such line.
/// The entries are newest first, but each is kept or dropped by its own version, compared as dpkg compares them, so
/// an entry from another branch (an older upload listed later) never hides a newer one.
/// </remarks>
internal static partial class DebianChangelog
{
    /// <summary>The entries newer than <paramref name="installed"/> (all of them when null), as the changelog writes them; null when there are none.</summary>
    public static string? Newer(string text, string? installed)
    {
        var kept = new List<string>();
        List<string>? entry = null;
        var keep = false;
        foreach (var line in text.Split('\n'))
        {
            if (Header().Match(line) is { Success: true } header)
            {
                Close(kept, entry, keep);
                entry = [];
                keep = installed is null || DebianVersion.Compare(header.Groups["version"].Value, installed) > 0;
            }

            entry?.Add(line.TrimEnd());
        }

        Close(kept, entry, keep);
        return kept.Count == 0 ? null : string.Join("\n\n", kept);
    }

    private static void Close(List<string> kept, List<string>? entry, bool keep)
    {
        if (entry is not null && keep)
        {
            kept.Add(string.Join('\n', entry).Trim('\n'));
        }
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9+.-]* \((?<version>[^()\s]+)\)")]
    private static partial Regex Header();
}
