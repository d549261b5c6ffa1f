using System.Text.RegularExpressions;

namespace UpdateStation.Packages.Apt;

/// <summary>What `apt-get update` said about each source: which could not be refreshed, and any error that was no source's.</summary>
/// <param name="SourceErrors">apt's own lines about sources that failed, on one line each, without "E: "/"W: ".</param>
/// <param name="EverySourceFailed">Some source failed and none was refreshed.</param>
/// <param name="OtherError">The first error that names no source (a malformed sources.list, a lock, a full disk).</param>
/// <remarks>
/// A source is a URI and a suite, as the progress lines name it ("Get:3 http://deb.debian.org/debian bookworm InRelease",
/// "Err:6 file:/srv/repo ./ Packages"). It failed when an "Err:" line names it, or when an error line ("E: Failed to
/// fetch ...", "E: The repository '...' is not signed.", "W: Failed to fetch ...", "W: GPG error: ...") names its URI.
/// apt exits 0 for unreachable mirrors and 100 for missing or unsigned repositories; either way it keeps the other
/// sources' new lists, so a plan can rest on them.
/// </remarks>
internal sealed partial record AptUpdateReport(IReadOnlyList<string> SourceErrors, bool EverySourceFailed, string? OtherError)
{
    public static AptUpdateReport Parse(string output)
    {
        var sources = new List<(string Uri, string Suite)>();
        var failedItems = new Dictionary<(string Uri, string Suite), string>();
        var errorLines = new List<string>();
        var lines = output.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (ProgressLine().Match(line) is { Success: true } progress)
            {
                var source = (progress.Groups["uri"].Value, progress.Groups["suite"].Value.Split('/')[0]);
                if (!sources.Contains(source))
                {
                    sources.Add(source);
                }

                if (progress.Groups["kind"].Value == "Err" && !failedItems.ContainsKey(source))
                {
                    // "Err:6 file:/srv/repo ./ Packages" and, indented on the next line, why.
                    var reason = i + 1 < lines.Length && lines[i + 1].StartsWith(' ') ? $": {lines[i + 1].Trim()}" : "";
                    failedItems[source] = AptMessages.OneLine(line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..] + reason);
                }
            }
            else if (line.StartsWith("E: ", StringComparison.Ordinal) || IsFailureWarning(line))
            {
                errorLines.Add(AptMessages.OneLine(line[3..]));
            }
        }

        var failed = failedItems.Keys.ToHashSet();
        var named = new HashSet<(string Uri, string Suite)>();
        var sourceErrors = new List<string>();
        string? other = null;
        foreach (var error in errorLines)
        {
            var withUri = sources.Where(s => error.Contains(s.Uri, StringComparison.Ordinal)).ToList();
            if (withUri.Count > 0)
            {
                var bySuite = withUri.Where(s => NamesSuite(error, s)).ToList();
                named.UnionWith(bySuite.Count > 0 ? bySuite : withUri);
                sourceErrors.Add(error);
            }
            else if (!error.StartsWith("Some index files failed to download", StringComparison.Ordinal))
            {
                other ??= error;
            }
        }

        // A failed item apt said nothing more about still names its source's failure.
        sourceErrors.AddRange(failedItems.Where(f => !named.Contains(f.Key)).Select(f => f.Value));
        failed.UnionWith(named);
        return new AptUpdateReport(sourceErrors, failed.Count > 0 && sources.All(failed.Contains), other);
    }

    private static bool IsFailureWarning(string line) =>
        line.StartsWith("W: Failed to fetch ", StringComparison.Ordinal) || line.StartsWith("W: GPG error: ", StringComparison.Ordinal);

    /// <summary>"URI SUITE" (as in "The repository 'URI SUITE Release'"), "URI/dists/SUITE/" or, flat, "URI/SUITE/".</summary>
    private static bool NamesSuite(string error, (string Uri, string Suite) source) =>
        error.Contains($"{source.Uri} {source.Suite}", StringComparison.Ordinal)
        || error.Contains($"{source.Uri}/dists/{source.Suite}/", StringComparison.Ordinal)
        || error.Contains($"{source.Uri}/{source.Suite}/", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<kind>Hit|Get|Ign|Err):\d+ (?<uri>\S+) (?<suite>\S+)")]
    private static partial Regex ProgressLine();
}
