namespace UpdateStation.Packages.Apt;

/// <summary>The age of apt's package lists: the newest Release or InRelease file in the lists directory.</summary>
internal static class AptCatalogue
{
    public static DateTimeOffset? UpdatedAt(string? listsDirectory) =>
        CatalogueFiles.NewestWrite(listsDirectory, f => f.EndsWith("Release", StringComparison.Ordinal));

    /// <summary>The value of `apt-config shell NAME Key/d`, which prints NAME='value'.</summary>
    public static string? ParseShellValue(string output)
    {
        var line = output.Trim();
        var start = line.IndexOf('\'', StringComparison.Ordinal);
        var end = line.LastIndexOf('\'');
        return start >= 0 && end > start ? line[(start + 1)..end] : null;
    }
}
