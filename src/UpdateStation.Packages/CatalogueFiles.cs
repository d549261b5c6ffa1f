namespace UpdateStation.Packages;

/// <summary>The age of a package manager's local catalogue: the newest matching file in its directory.</summary>
internal static class CatalogueFiles
{
    /// <summary>When the newest file matching <paramref name="isCatalogue"/> was written; null when there is none or it cannot be read.</summary>
    public static DateTimeOffset? NewestWrite(string? directory, Func<string, bool> isCatalogue)
    {
        if (directory is null || !Directory.Exists(directory))
        {
            return null;
        }

        try
        {
            var newest = Directory.EnumerateFiles(directory)
                .Where(isCatalogue)
                .Select(File.GetLastWriteTimeUtc)
                .DefaultIfEmpty(DateTime.MinValue)
                .Max();
            return newest == DateTime.MinValue ? null : new DateTimeOffset(newest, TimeSpan.Zero);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The age is informative only: a check does not fail for it, and the plan says it is unknown.
            return null;
        }
    }
}
