namespace UpdateStation.Packages.Pkg;

/// <summary>pkg's local copies of the repository catalogues: `$PKG_DBDIR/repo-*.sqlite` (default /var/db/pkg).</summary>
internal static class PkgCatalogue
{
    public const string DefaultDatabaseDirectory = "/var/db/pkg";

    /// <summary>When the newest catalogue was written; null when there is none or it cannot be read.</summary>
    public static DateTimeOffset? LastUpdated(string databaseDirectory)
    {
        try
        {
            var newest = Directory.EnumerateFiles(databaseDirectory, "repo-*.sqlite")
                .Select(File.GetLastWriteTimeUtc)
                .DefaultIfEmpty(DateTime.MinValue)
                .Max();
            return newest == DateTime.MinValue ? null : new DateTimeOffset(newest, TimeSpan.Zero);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No catalogue directory (or not readable): the age is unknown, which the plan can say.
            return null;
        }
    }
}
