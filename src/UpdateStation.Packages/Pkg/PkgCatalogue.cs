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
        var repos = Path.Combine(databaseDirectory, "repos");
        var current = Directory.Exists(repos)
            ? Directory.EnumerateDirectories(repos).Select(r => CatalogueFiles.NewestWrite(r, f => Path.GetFileName(f) == "db")).Max()
            : null;
        return old > current || current is null ? old : current;
    }
}
