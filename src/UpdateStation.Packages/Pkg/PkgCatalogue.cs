namespace UpdateStation.Packages.Pkg;

/// <summary>pkg's local copies of the repository catalogues: `$PKG_DBDIR/repo-*.sqlite` (default /var/db/pkg).</summary>
internal static class PkgCatalogue
{
    public const string DefaultDatabaseDirectory = "/var/db/pkg";

    /// <summary>When the newest catalogue was written; null when there is none or it cannot be read.</summary>
    public static DateTimeOffset? LastUpdated(string databaseDirectory) =>
        CatalogueFiles.NewestWrite(databaseDirectory, f => Path.GetFileName(f) is { } name
            && name.StartsWith("repo-", StringComparison.Ordinal) && name.EndsWith(".sqlite", StringComparison.Ordinal));
}
