namespace UpdateStation.Tests.Shared;

/// <summary>
/// A private pkg world built with the real pkg (FreeBSD's own, built for Linux): file:// repositories of tiny packages made
/// with `pkg create -M`, an installed set in a private database (PKG_DBDIR) with its files under a private root (`-r`), and
/// the environment that points every pkg run at it. A real `pkg -r ROOT upgrade -y` with it installs into <see cref="RootDirectory"/>.
/// </summary>
/// <remarks>
/// pkg runs with INSTALL_AS_USER=yes (no ownership checks), PKG_CONFIG_FILE=/dev/null (the host's pkg.conf is not read) and
/// no plugins. The pkg binary is copied into the world's bin directory, first on PATH: pkg re-executes `pkg` by PATH after
/// upgrading itself, and another user (nobody) can run it from there. The world's directory is world-readable for that user.
/// </remarks>
public sealed partial class PkgWorld : IDisposable
{
    public const string Main = "main";

    private readonly Dictionary<string, List<PkgPackage>> _repositories = new() { [Main] = [] };
    private readonly Dictionary<string, int> _priorities = [];
    private readonly List<(PkgPackage Package, bool Locked)> _installed = [];

    private PkgWorld(string directory) => Directory = directory;

    public string Directory { get; }

    /// <summary>The root packages are installed into (`pkg -r`).</summary>
    public string RootDirectory => Path.Combine(Directory, "root");

    /// <summary>The installed set and the catalogues: PKG_DBDIR, the world's /var/db/pkg.</summary>
    public string DatabaseDirectory => Path.Combine(Directory, "db");

    public string ReposDirectory => Path.Combine(Directory, "repos.d");

    public string BinDirectory => Path.Combine(Directory, "bin");

    public string PkgPath => Path.Combine(BinDirectory, "pkg");

    /// <summary>
    /// The variables that point pkg at this world (the system's configuration, as a check sees it); for a stand-in world
    /// (<see cref="PkgWorld()"/>), the stand-in first on PATH, its scenario and a log of the run.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment => _standIn ? StandInEnvironment() : new Dictionary<string, string>
    {
        ["PATH"] = BinDirectory + ":" + System.Environment.GetEnvironmentVariable("PATH"),
        ["INSTALL_AS_USER"] = "yes",
        ["PKG_CONFIG_FILE"] = "/dev/null",
        ["PKG_ENABLE_PLUGINS"] = "false",
        ["PKG_DBDIR"] = DatabaseDirectory,
        ["REPOS_DIR"] = ReposDirectory,
        ["PKG_CACHEDIR"] = Path.Combine(Directory, "cache"),
    };

    /// <summary>The arguments that come before every pkg command so that it installs into the world's root.</summary>
    public IReadOnlyList<string> RootArguments => ["-r", RootDirectory];

    /// <param name="rootOnly">In a directory only root can change from / down (<see cref="RootOnlyDirectory"/>), as the root helper requires.</param>
    public static PkgWorld Create(bool rootOnly = false) =>
        new(rootOnly ? RootOnlyDirectory.Create("update-station-pkg-") : System.IO.Directory.CreateTempSubdirectory("update-station-pkg-").FullName);

    /// <summary>Offers <paramref name="package"/> in the repository <paramref name="repository"/> (made on first use).</summary>
    public PkgWorld Offer(PkgPackage package, string repository = Main)
    {
        if (!_repositories.TryGetValue(repository, out var packages))
        {
            _repositories[repository] = packages = [];
        }

        packages.Add(package);
        return this;
    }

    /// <summary>Gives a repository a priority (higher wins; pkg's default is 0).</summary>
    public PkgWorld Prioritise(string repository, int priority)
    {
        _priorities[repository] = priority;
        return this;
    }

    /// <summary>Installs <paramref name="package"/> when the world is built (locked: `pkg lock`).</summary>
    public PkgWorld Install(PkgPackage package, bool locked = false)
    {
        _installed.Add((package, locked));
        return this;
    }

    public string RepositoryDirectory(string repository) => Path.Combine(Directory, "repos", repository);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
