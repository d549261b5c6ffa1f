namespace UpdateStation.Tests.Shared;

public sealed partial class PkgWorld
{
    private const string InstallRepository = "installed";

    /// <summary>
    /// Makes the packages and repositories, installs the installed set from a repository of its own (then forgets that
    /// repository), locks what is locked, writes one REPOS_DIR file per repository and refreshes the catalogues.
    /// </summary>
    public PkgWorld Build()
    {
        File.SetUnixFileMode(Directory, (UnixFileMode)0b111_101_101);
        foreach (var directory in new[] { "bin", "db", "root", "repos.d", "cache", "stage" })
        {
            System.IO.Directory.CreateDirectory(Path.Combine(Directory, directory));
        }

        File.Copy(RealPkg.Path, PkgPath);
        File.SetUnixFileMode(PkgPath, (UnixFileMode)0b111_101_101);
        foreach (var (repository, packages) in _repositories)
        {
            BuildRepository(repository, packages);
        }

        if (_installed.Count > 0)
        {
            InstallTheInstalledSet();
        }

        foreach (var repository in _repositories.Keys)
        {
            WriteRepositoryConfiguration(repository, ReposDirectory);
        }

        Check(RunPkg("update"));
        return this;
    }

    /// <summary>Builds a repository again, with what was offered in it since (the catalogue is not refreshed).</summary>
    public void Republish(string repository) => BuildRepository(repository, _repositories[repository]);

    /// <summary>Configures one more repository as it is (for unreachable ones).</summary>
    public void AddRepository(string name, string url) =>
        File.WriteAllText(Path.Combine(ReposDirectory, name + ".conf"), $"{name}: {{ url: \"{url}\", enabled: yes }}\n");

    /// <summary>Runs the world's pkg with its environment and <see cref="RootArguments"/>.</summary>
    public (int ExitCode, string Output, string Error) RunPkg(params string[] arguments) =>
        RunPkg(Environment, arguments);

    /// <summary>The catalogue's files the given repository keeps in <paramref name="databaseDirectory"/> (pkg 2.x: repos/NAME/).</summary>
    public static string CatalogueDirectory(string databaseDirectory, string repository) =>
        Path.Combine(databaseDirectory, "repos", repository);

    private void InstallTheInstalledSet()
    {
        BuildRepository(InstallRepository, [.. _installed.Select(i => i.Package)]);
        var installDirectory = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "install.d")).FullName;
        WriteRepositoryConfiguration(InstallRepository, installDirectory);
        var environment = new Dictionary<string, string>(Environment) { ["REPOS_DIR"] = installDirectory };
        Check(RunPkg(environment, "update"));
        Check(RunPkg(environment, ["install", "-y", .. _installed.Select(i => i.Package.Name)]));
        foreach (var (package, _) in _installed.Where(i => i.Locked))
        {
            Check(RunPkg(environment, "lock", "-y", package.Name));
        }

        System.IO.Directory.Delete(CatalogueDirectory(DatabaseDirectory, InstallRepository), recursive: true);
        System.IO.Directory.Delete(installDirectory, recursive: true);
    }

    private void BuildRepository(string repository, IReadOnlyList<PkgPackage> packages)
    {
        var output = System.IO.Directory.CreateDirectory(RepositoryDirectory(repository)).FullName;
        foreach (var package in packages)
        {
            var stage = Path.Combine(Directory, "stage", $"{repository}-{package.Name}-{package.Version}");
            foreach (var file in package.Files)
            {
                var path = stage + file;
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, $"{package.Name} {package.Version}\n");
            }

            var manifest = stage + ".ucl";
            File.WriteAllText(manifest, package.Manifest());
            Check(Run(RealPkg.Path, ["create", "-M", manifest, "-r", stage, "-o", output]));
        }

        Check(Run(RealPkg.Path, ["repo", output]));
    }

    private void WriteRepositoryConfiguration(string repository, string reposDirectory)
    {
        int priority = _priorities.GetValueOrDefault(repository);
        File.WriteAllText(Path.Combine(reposDirectory, repository + ".conf"),
            $"{repository}: {{ url: \"file://{RepositoryDirectory(repository)}\", enabled: yes, priority: {priority} }}\n");
    }

    private (int ExitCode, string Output, string Error) RunPkg(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Run(PkgPath, [.. RootArguments, .. arguments], Nullable(environment));

    private static string Check((int ExitCode, string Output, string Error) result) =>
        result.ExitCode == 0 ? result.Output : throw new InvalidOperationException($"pkg exited {result.ExitCode}: {result.Error}{result.Output}");
}
