using System.Collections.Concurrent;

namespace UpdateStation.Tests.Shared;

/// <summary>
/// A private apt world: local file: repositories of tiny .deb packages ("main", suite bookworm, and "security", suite
/// bookworm-security), a private dpkg root whose status file is the installed set, and an apt.conf (named by APT_CONFIG)
/// that points every apt directory into the world. A real `apt-get dist-upgrade` with it installs into <see cref="RootDirectory"/>.
/// </summary>
/// <remarks>Needs dpkg-deb and apt-ftparchive (dpkg-dev, apt-utils). Nothing outside the world is read or written.</remarks>
public sealed partial class AptWorld : IDisposable
{
    public const string Main = "main";
    public const string Security = "security";

    private readonly bool _keep;
    private readonly Dictionary<string, List<AptPackage>> _repositories = new() { [Main] = [], [Security] = [] };
    private readonly List<(AptPackage Package, bool Held)> _installed = [];
    private readonly List<string> _extraSources = [];

    private AptWorld(string directory, bool keep)
    {
        Directory = directory;
        _keep = keep;
    }

    /// <summary>The world's top directory.</summary>
    public string Directory { get; }

    /// <summary>The dpkg root packages are installed into (dpkg --root).</summary>
    public string RootDirectory => Path.Combine(Directory, "root");

    public string ConfigPath => Path.Combine(Directory, "apt.conf");

    public string StatusPath => Path.Combine(RootDirectory, "var", "lib", "dpkg", "status");

    public string ListsDirectory => Path.Combine(Directory, "state", "lists");

    public string SourcesListPath => Path.Combine(Directory, "etc", "sources.list");

    /// <summary>The environment that points apt at this world.</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?> { ["APT_CONFIG"] = ConfigPath };

    /// <summary>A new world in a fresh temporary directory, deleted on Dispose; or in <paramref name="directory"/>, kept.</summary>
    /// <param name="rootOnly">In a directory only root can change from / down (<see cref="RootOnlyDirectory"/>), as the root helper requires.</param>
    public static AptWorld Create(string? directory = null, bool rootOnly = false)
    {
        if (directory is null)
        {
            var temporary = rootOnly ? RootOnlyDirectory.Create("update-station-apt-") : System.IO.Directory.CreateTempSubdirectory("update-station-apt-").FullName;
            return new AptWorld(temporary, keep: false);
        }

        if (System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }

        return new AptWorld(System.IO.Directory.CreateDirectory(directory).FullName, keep: true);
    }

    /// <summary>Offers <paramref name="package"/> in a repository (<see cref="Main"/> or <see cref="Security"/>).</summary>
    public AptWorld Offer(AptPackage package, string repository = Main)
    {
        _repositories[repository].Add(package);
        return this;
    }

    /// <summary>Records <paramref name="package"/> as installed (held: dpkg selection "hold").</summary>
    public AptWorld Install(AptPackage package, bool held = false)
    {
        _installed.Add((package, held));
        return this;
    }

    /// <summary>Adds a line to sources.list as it is (for broken or unreachable sources).</summary>
    public AptWorld AddSourceLine(string line)
    {
        _extraSources.Add(line);
        return this;
    }

    /// <summary>Builds the packages, indexes the repositories and writes the status, sources and apt.conf.</summary>
    public AptWorld Publish()
    {
        foreach (var directory in new[] { "etc/apt.conf.d", "etc/sources.list.d", "etc/preferences.d", "etc/trusted.gpg.d", "state/lists/partial", "cache/archives/partial", "log", "build" })
        {
            System.IO.Directory.CreateDirectory(Path.Combine(Directory, directory));
        }

        foreach (var directory in new[] { "info", "updates", "triggers" })
        {
            System.IO.Directory.CreateDirectory(Path.Combine(RootDirectory, "var", "lib", "dpkg", directory));
        }

        foreach (var (repository, packages) in _repositories)
        {
            BuildRepository(repository, packages);
        }

        PublishChangelogs();

        WriteStatus();
        File.WriteAllText(Path.Combine(RootDirectory, "var", "lib", "dpkg", "available"), "");
        var sources = _repositories.Keys.Select(r => $"deb [trusted=yes] file:{RepositoryDirectory(r)} ./").Concat(_extraSources);
        File.WriteAllText(SourcesListPath, string.Join('\n', sources) + "\n");
        File.WriteAllText(ConfigPath, Configuration());
        return this;
    }

    /// <summary>Rewrites apt.conf as <see cref="Publish"/> wrote it, and empties apt.conf.d (a test's drop-ins gone).</summary>
    public void ResetConfiguration()
    {
        foreach (var part in System.IO.Directory.EnumerateFiles(Path.Combine(Directory, "etc", "apt.conf.d")))
        {
            File.Delete(part);
        }

        File.WriteAllText(ConfigPath, Configuration());
    }

    /// <summary>Rewrites the status file from the installed set (e.g. to start over after an upgrade).</summary>
    public void WriteStatus()
    {
        var paragraphs = _installed.Select(i => i.Package.Control($"Status: {(i.Held ? "hold" : "install")} ok installed"));
        File.WriteAllText(StatusPath, string.Join('\n', paragraphs));
    }

    public string RepositoryDirectory(string repository) => Path.Combine(Directory, "repos", repository);

    public void Dispose()
    {
        if (!_keep && System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private void BuildRepository(string repository, List<AptPackage> packages)
    {
        var directory = System.IO.Directory.CreateDirectory(RepositoryDirectory(repository)).FullName;
        var failures = new ConcurrentBag<string>();
        Parallel.ForEach(packages, new ParallelOptions { MaxDegreeOfParallelism = System.Environment.ProcessorCount * 2 }, package =>
        {
            try
            {
                BuildPackage(package, directory, repository);
            }
            catch (InvalidOperationException ex)
            {
                failures.Add(ex.Message);
            }
        });
        if (!failures.IsEmpty)
        {
            throw new InvalidOperationException(string.Join("; ", failures));
        }

        var suite = repository == Security ? "bookworm-security" : "bookworm";
        File.WriteAllText(Path.Combine(directory, "Packages"), Check(Run("apt-ftparchive", ["packages", "."], directory)));
        string[] release =
        [
            "-o", "APT::FTPArchive::Release::Origin=UpdateStationTests",
            "-o", $"APT::FTPArchive::Release::Label=Tests-{repository}",
            "-o", $"APT::FTPArchive::Release::Suite={suite}",
            "-o", "APT::FTPArchive::Release::Codename=bookworm",
            "release", ".",
        ];
        // Written outside the directory first, or apt-ftparchive would list the Release file in itself.
        var temporary = Path.Combine(Directory, $"Release-{repository}.tmp");
        File.WriteAllText(temporary, Check(Run("apt-ftparchive", release, directory)));
        File.Move(temporary, Path.Combine(directory, "Release"), overwrite: true);
    }

    /// <summary>Builds <paramref name="package"/> into <paramref name="outputDirectory"/> and returns the .deb's path.</summary>
    public string BuildPackage(AptPackage package, string outputDirectory, string buildTag = "extra")
    {
        var fileVersion = package.Version.Replace(':', '%');
        var tree = Path.Combine(Directory, "build", $"{buildTag}-{package.Name}-{fileVersion}");
        System.IO.Directory.CreateDirectory(Path.Combine(tree, "DEBIAN"));
        var doc = System.IO.Directory.CreateDirectory(Path.Combine(tree, "usr", "share", "doc", package.Name)).FullName;
        File.WriteAllText(Path.Combine(tree, "DEBIAN", "control"), package.Control());
        File.WriteAllText(Path.Combine(doc, "VERSION"), $"{package.Name} {package.Version}\n");
        if (package.PayloadBytes > 0)
        {
            // Random, so that dpkg-deb's compression leaves the download as large as asked.
            File.WriteAllBytes(Path.Combine(doc, "payload"), System.Security.Cryptography.RandomNumberGenerator.GetBytes(package.PayloadBytes));
        }

        foreach (var (name, body) in new[] { ("preinst", package.Preinst), ("postinst", package.Postinst) })
        {
            if (body is not null && !OperatingSystem.IsWindows())
            {
                var script = Path.Combine(tree, "DEBIAN", name);
                File.WriteAllText(script, "#!/bin/sh\n" + body + "\n");
                File.SetUnixFileMode(script, (UnixFileMode)0b111_101_101);
            }
        }

        var deb = Path.Combine(outputDirectory, $"{package.Name}_{fileVersion}_all.deb");
        var result = Run("dpkg-deb", ["--root-owner-group", "--build", tree, deb]);
        return result.ExitCode == 0 ? deb : throw new InvalidOperationException($"dpkg-deb {package.Name}: {result.Error}");
    }

    private string Configuration() => $$"""
        Dir::State "{{Directory}}/state/";
        Dir::State::lists "{{ListsDirectory}}/";
        Dir::State::status "{{StatusPath}}";
        Dir::Cache "{{Directory}}/cache/";
        Dir::Log "{{Directory}}/log/";
        Dir::Etc "{{Directory}}/etc/";
        Dir::Etc::main "{{Directory}}/etc/apt.conf";
        Dir::Etc::parts "{{Directory}}/etc/apt.conf.d/";
        Dir::Etc::sourcelist "{{SourcesListPath}}";
        Dir::Etc::sourceparts "{{Directory}}/etc/sources.list.d/";
        Dir::Etc::preferences "{{Directory}}/etc/preferences";
        Dir::Etc::preferencesparts "{{Directory}}/etc/preferences.d/";
        Dir::Etc::trusted "{{Directory}}/etc/trusted.gpg";
        Dir::Etc::trustedparts "{{Directory}}/etc/trusted.gpg.d/";
        Dir::Bin::dpkg "{{_dpkg}}";
        DPkg::Options { "--root={{RootDirectory}}"; "--force-not-root"; "--force-script-chrootless"; "--log={{Directory}}/log/dpkg.log"; };
        APT::Sandbox::User "root";
        Acquire::Retries "0";
        {{string.Join("\n", _extraConfiguration)}}

        """;
}
