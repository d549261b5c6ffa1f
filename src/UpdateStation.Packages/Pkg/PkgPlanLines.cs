using System.Globalization;

namespace UpdateStation.Packages.Pkg;

/// <summary>Recognises the non-entry lines of a pkg plan by their shape: section titles, the header, sizes, known chatter.</summary>
internal static class PkgPlanLines
{
    private const string HeaderStart = "The following ";
    private const string HeaderVerb = " will be affected";
    private const string Downloaded = " to be downloaded";
    private const string RequireStart = "The process will require ";
    private const string RequireEnd = " more space";
    private const string FreeStart = "The operation will free ";

    /// <summary>Lines pkg prints around a plan that carry nothing for the model.</summary>
    private static readonly string[] s_noise =
    [
        "Updating ", "All repositories are up to date", "Checking for upgrades", "Processing candidates",
        "Checking integrity", "Number of packages to be ", "WARNING: ", "New version of pkg detected",
        "Fetching ", "Processing entries", "Conflicts with the existing packages", "Proceed with this action",
        "Incremental update completed", "pkg: ",
    ];

    /// <summary>A section title such as "Installed packages to be UPGRADED:": the last word, in capitals, names the section.</summary>
    public static bool TryReadSectionTitle(ReadOnlySpan<char> line, out PkgSection section)
    {
        section = PkgSection.None;
        if (!line.EndsWith(':') || line.IndexOf(' ') < 0)
        {
            return false;
        }

        var keyword = line[(line.LastIndexOf(' ') + 1)..^1];
        if (keyword.Length < 3 || keyword.ContainsAnyExceptInRange('A', 'Z'))
        {
            return false;
        }

        section = keyword switch
        {
            _ when line.Contains("group", StringComparison.OrdinalIgnoreCase) => PkgSection.Ignored,
            "INSTALLED" => PkgSection.Install,
            "UPGRADED" => PkgSection.Upgrade,
            "DOWNGRADED" => PkgSection.Downgrade,
            "REINSTALLED" => PkgSection.Reinstall,
            "REMOVED" or "DELETED" or "DEINSTALLED" => PkgSection.Remove,
            "LOCKED" => PkgSection.Locked,
            _ => PkgSection.Ignored,
        };
        return true;
    }

    /// <summary>"The following N package(s) will be affected (of M checked):" gives N.</summary>
    public static bool TryReadAnnouncedCount(ReadOnlySpan<char> line, out int count)
    {
        count = 0;
        if (!line.StartsWith(HeaderStart, StringComparison.Ordinal) || !line.Contains(HeaderVerb, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = line[HeaderStart.Length..];
        int space = rest.IndexOf(' ');
        return space > 0 && int.TryParse(rest[..space], NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }

    /// <summary>"X to be downloaded.", "The process will require X more space.", "The operation will free X."</summary>
    public static bool TryReadSize(ReadOnlySpan<char> line, out PkgSizeKind kind, out long bytes)
    {
        kind = PkgSizeKind.Download;
        bytes = 0;
        line = line.TrimEnd('.');
        if (line.EndsWith(Downloaded, StringComparison.Ordinal))
        {
            return PkgSizeParser.TryParse(line[..^Downloaded.Length], out bytes);
        }

        kind = PkgSizeKind.DiskChange;
        if (line.StartsWith(RequireStart, StringComparison.OrdinalIgnoreCase) && line.EndsWith(RequireEnd, StringComparison.Ordinal))
        {
            return PkgSizeParser.TryParse(line[RequireStart.Length..^RequireEnd.Length], out bytes);
        }

        if (line.StartsWith(FreeStart, StringComparison.OrdinalIgnoreCase) && PkgSizeParser.TryParse(line[FreeStart.Length..], out bytes))
        {
            bytes = -bytes;
            return true;
        }

        return false;
    }

    /// <summary>Chatter pkg prints around a plan: proof the text is pkg's, nothing more.</summary>
    public static bool IsKnownNoise(ReadOnlySpan<char> line)
    {
        foreach (var start in s_noise)
        {
            if (line.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return line.EndsWith(" repository is up to date.", StringComparison.Ordinal)
            || line.EndsWith("repository catalogue...", StringComparison.Ordinal);
    }
}
