using System.Diagnostics;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>
/// A private install of the published helper: a copy of artifacts/libexec/update-station-helper in a root-owned folder of
/// its own, with the settings override beside it (update-station-helper.toml) pointing at a test world.
/// </summary>
/// <remarks>Root only: the helper refuses anyone else, and trusts only settings root alone can change.</remarks>
internal sealed class HelperInstall : IDisposable
{
    private readonly string _root;

    private HelperInstall(string root, string directory)
    {
        _root = root;
        Directory = directory;
    }

    public string Directory { get; }

    public string Path => System.IO.Path.Combine(Directory, "update-station-helper");

    public string SettingsPath => System.IO.Path.Combine(Directory, "update-station-helper.toml");

    public string LogPath => System.IO.Path.Combine(Directory, "update-station.log");

    /// <summary>The helper's lock-directory (root's, 0700; the helper makes it): never the system's /run/update-station.</summary>
    public string LockDirectory => System.IO.Path.Combine(Directory, "run");

    /// <summary>The busy lock in <see cref="LockDirectory"/>.</summary>
    public string LockPath => System.IO.Path.Combine(LockDirectory, "upgrade.lock");

    /// <summary>A folder for stand-in programs, first on the helper's PATH.</summary>
    public string BinDirectory => System.IO.Path.Combine(Directory, "bin");

    /// <summary>The front end of an installed tree (<see cref="CreateTree"/>): it finds this helper at ../libexec.</summary>
    public string FrontEndPath => System.IO.Path.Combine(_root, "bin", "update-station");

    /// <param name="parent">Where to make the install (a folder of its own in it); null: a fresh root-only directory.</param>
    public static HelperInstall Create(string aptConfig, string? extraSettings = null, string backend = "apt", string? parent = null)
    {
        var published = Published(); // First: a missing build leaves no folder behind.
        // Root's alone from / down, or the helper refuses its settings; 0755: others may enter (pkexec as nobody).
        var directory = parent is null ? RootOnlyDirectory.Create("update-station-helper-") : System.IO.Directory.CreateDirectory(System.IO.Path.Combine(parent, "helper"), (UnixFileMode)0b111_101_101).FullName;
        return Populate(new HelperInstall(directory, directory), published, aptConfig, extraSettings, backend);
    }

    /// <summary>An installed tree, PREFIX/bin/update-station (a copy of the published one) and PREFIX/libexec/ as <see cref="Create"/> makes it.</summary>
    public static HelperInstall CreateTree(string aptConfig, string frontEnd, string backend = "apt")
    {
        var published = Published();
        var root = RootOnlyDirectory.Create("update-station-prefix-");
        var install = new HelperInstall(root, System.IO.Path.Combine(root, "libexec"));
        foreach (var folder in new[] { install.Directory, System.IO.Path.GetDirectoryName(install.FrontEndPath)! })
        {
            System.IO.Directory.CreateDirectory(folder, (UnixFileMode)0b111_101_101);
        }

        File.Copy(frontEnd, install.FrontEndPath);
        return Populate(install, published, aptConfig, null, backend);
    }

    private static HelperInstall Populate(HelperInstall install, string published, string aptConfig, string? extraSettings, string backend)
    {
        System.IO.Directory.CreateDirectory(install.BinDirectory);
        File.Copy(published, install.Path);
        File.WriteAllText(install.SettingsPath, $"""
            [helper]
            backend = "{backend}"
            apt-config = "{aptConfig}"
            path = "{install.BinDirectory}:/usr/sbin:/usr/bin:/sbin:/bin"
            log = "{install.LogPath}"
            lock-directory = "{install.LockDirectory}"
            {extraSettings}
            """);
        return install;
    }

    /// <summary>Adds a stand-in program (a shell script) to <see cref="BinDirectory"/>.</summary>
    public void AddProgram(string name, string script)
    {
        var path = System.IO.Path.Combine(BinDirectory, name);
        File.WriteAllText(path, script);
        File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
    }

    /// <summary>Runs the helper (or <paramref name="prefix"/> then it) with exactly <paramref name="environment"/>.</summary>
    public async Task<HelperRun> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null, IReadOnlyList<string>? prefix = null)
    {
        IReadOnlyList<string> argv = [.. prefix ?? [], Path, .. arguments];
        var start = new ProcessStartInfo(argv[0]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in argv.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/sbin:/usr/bin:/sbin:/bin";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        return new HelperRun(process.ExitCode, await output, await error);
    }

    /// <summary>Starts the helper as root with a clean environment; the caller reads its events and waits for it.</summary>
    public Process Start(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(Path) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/sbin:/usr/bin:/sbin:/bin";
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    /// <summary>The fingerprint of the plan the helper's `refresh` ends with.</summary>
    public async Task<string> RefreshAsync(CancellationToken cancellationToken)
    {
        var run = await RunAsync(["refresh"], cancellationToken);
        Assert.True(run.ExitCode == 0, $"refresh failed ({run.ExitCode}): {run.Output} {run.Error}");
        return run.Last("done").GetProperty("fingerprint").GetString()!;
    }

    public void Dispose() => System.IO.Directory.Delete(_root, recursive: true);

    private static string Published()
    {
        var configured = Environment.GetEnvironmentVariable("UPDATE_STATION_HELPER");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root.Parent is not null && !File.Exists(System.IO.Path.Combine(root.FullName, "build.sh")))
        {
            root = root.Parent;
        }

        var path = System.IO.Path.Combine(root.FullName, "artifacts", "libexec", "update-station-helper");
        return File.Exists(path) ? path : throw new FileNotFoundException($"The helper under test '{path}' does not exist. Run ./build.sh first, or set UPDATE_STATION_HELPER.", path);
    }
}
