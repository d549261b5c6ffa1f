namespace UpdateStation.Packages.Apt;

/// <summary>The age of apt's package lists: the newest Release or InRelease file in the lists directory.</summary>
internal static class AptCatalogue
{
    public static DateTimeOffset? UpdatedAt(string? listsDirectory)
    {
        if (listsDirectory is null || !Directory.Exists(listsDirectory))
        {
            return null;
        }

        try
        {
            var newest = Directory.EnumerateFiles(listsDirectory)
                .Where(f => f.EndsWith("Release", StringComparison.Ordinal))
                .Select(File.GetLastWriteTimeUtc)
                .DefaultIfEmpty(DateTime.MinValue)
                .Max();
            return newest == DateTime.MinValue ? null : new DateTimeOffset(newest, TimeSpan.Zero);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The age is informative only; a check does not fail for it.
            return null;
        }
    }

    /// <summary>The value of `apt-config shell NAME Key/d`, which prints NAME='value'.</summary>
    public static string? ParseShellValue(string output)
    {
        var line = output.Trim();
        var start = line.IndexOf('\'', StringComparison.Ordinal);
        var end = line.LastIndexOf('\'');
        return start >= 0 && end > start ? line[(start + 1)..end] : null;
    }
}
