namespace UpdateStation.Packages.Pkg;

/// <summary>pkg's local copies of the repository catalogues in `$PKG_DBDIR` (default /var/db/pkg).</summary>
/// <remarks>pkg 2.x keeps them as `repos/NAME/db`; older pkg as `repo-NAME.sqlite`.</remarks>
internal static class PkgCatalogue
{
    public const string DefaultDatabaseDirectory = "/var/db/pkg";

    /// <summary>When the newest catalogue was written; null when there is none or it cannot be read.</summary>
    public static DateTimeOffset? LastUpdated(string databaseDirectory)
    {
        var old = CatalogueFiles.NewestWrite(databaseDirectory, f => Path.GetFileName(f) is { } name
            && name.StartsWith("repo-", StringComparison.Ordinal) && name.EndsWith(".sqlite", StringComparison.Ordinal));
        var current = RepositoryDirectories(Path.Combine(databaseDirectory, "repos"))
            .Select(r => CatalogueFiles.NewestWrite(r, f => Path.GetFileName(f) == "db")).Max();
        return old > current || current is null ? old : current;
    }

    private static string[] RepositoryDirectories(string repos)
    {
        try
        {
            return Directory.Exists(repos) ? Directory.GetDirectories(repos) : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The age is informative only, as in CatalogueFiles.
            return [];
        }
    }
}
