namespace UpdateStation.Tests.Packaging;

/// <summary>An installed tree under <see cref="Root"/> (a DESTDIR, an extracted .deb), seen by its absolute paths.</summary>
internal sealed record FileTree(string Root)
{
    public string this[string absolute] => Path.Combine(Root, absolute.TrimStart('/'));

    /// <summary>Every file and symbolic link under the root, as the paths they install to ("/usr/bin/x"), sorted.</summary>
    public IReadOnlyList<string> Files() =>
        !Directory.Exists(Root) ? [] :
        [.. Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories)
            .Where(p => !Directory.Exists(p) || new FileInfo(p).LinkTarget is not null)
            .Select(p => "/" + Path.GetRelativePath(Root, p))
            .Order(StringComparer.Ordinal)];

    public UnixFileMode ModeOf(string absolute) => File.GetUnixFileMode(this[absolute]);
}
