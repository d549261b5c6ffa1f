namespace UpdateStation.Tests.Shared;

public sealed partial class AptWorld
{
    private readonly List<(string Repository, string Source, string Version, string Text)> _changelogs = [];

    /// <summary>Serves <paramref name="text"/> as the changelog of <paramref name="package"/> (its source has its name) from <paramref name="repository"/>.</summary>
    /// <remarks>
    /// The repository's Release file names the changelogs with a copy: URI (<c>Changelogs: copy:DIR/@CHANGEPATH@</c>): apt
    /// 2.6's file: method hands `apt-get changelog` the original path, which it then cannot find in its temporary directory.
    /// </remarks>
    public AptWorld Changelog(AptPackage package, string text, string repository = Main)
    {
        _changelogs.Add((repository, package.Name, package.Version, text));
        return this;
    }

    /// <summary>Writes the changelogs where @CHANGEPATH@ leads for a flat repository (SRCDIR/SRC/SRC_VERSION, no epoch), and names them in each Release.</summary>
    private void PublishChangelogs()
    {
        foreach (var repository in _changelogs.Select(c => c.Repository).Distinct())
        {
            var root = Path.Combine(RepositoryDirectory(repository), "changelogs");
            foreach (var (_, source, version, text) in _changelogs.Where(c => c.Repository == repository))
            {
                var prefix = source.StartsWith("lib", StringComparison.Ordinal) ? source[..4] : source[..1];
                var upstream = version.Contains(':', StringComparison.Ordinal) ? version[(version.IndexOf(':', StringComparison.Ordinal) + 1)..] : version;
                var path = Path.Combine(root, prefix, source, $"{source}_{upstream}");
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }

            var release = Path.Combine(RepositoryDirectory(repository), "Release");
            File.WriteAllText(release, $"Changelogs: copy:{root}/@CHANGEPATH@\n" + File.ReadAllText(release));
        }
    }
}
