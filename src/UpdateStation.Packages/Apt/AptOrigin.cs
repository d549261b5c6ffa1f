namespace UpdateStation.Packages.Apt;

/// <summary>Reads the release description apt prints for a version: "Label:Version/Archive, Label:Archive [arch]".</summary>
/// <remarks>apt's pkgCache::VerIterator::RelStr: an optional "Label:", then "Version/Archive" or "Archive" (or the site when there is no Release file), one per index file, joined by ", ".</remarks>
internal static class AptOrigin
{
    /// <summary>The repository to show for these origins and whether any of them is a security archive.</summary>
    public static (string? Repository, bool Security) Describe(string origins)
    {
        var text = StripArchitecture(origins.Trim());
        string? first = null;
        foreach (var part in text.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            first ??= part;
            if (Archive(part).EndsWith("-security", StringComparison.Ordinal))
            {
                return (part, true);
            }
        }

        return (first, false);
    }

    /// <summary>The archive (suite) of one origin: what follows the label and the release version.</summary>
    public static string Archive(string origin)
    {
        var colon = origin.IndexOf(':', StringComparison.Ordinal);
        var rest = colon >= 0 ? origin[(colon + 1)..] : origin;
        var slash = rest.LastIndexOf('/');
        return slash >= 0 ? rest[(slash + 1)..] : rest;
    }

    private static string StripArchitecture(string text)
    {
        if (text.StartsWith('['))
        {
            return "";
        }

        if (text.EndsWith(']'))
        {
            var open = text.LastIndexOf(" [", StringComparison.Ordinal);
            if (open >= 0)
            {
                return text[..open];
            }
        }

        return text;
    }
}
