using UpdateStation.Packages.Pkg;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>A scenario for tests/fakes/pkg: a temporary directory of replies, with the fake first on the child's PATH.</summary>
internal sealed class FakePkg : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("update-station-fake-pkg-").FullName;

    public FakePkg()
    {
        Directory.CreateDirectory(BinDirectory);
        Directory.CreateDirectory(ScenarioDirectory);
        Directory.CreateDirectory(DatabaseDirectory);
        foreach (var program in new[] { "pkg", "freebsd-version" })
        {
            var target = Path.Combine(BinDirectory, program);
            File.Copy(Path.Combine(AppContext.BaseDirectory, "fakes", program), target);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    public string BinDirectory => Path.Combine(_root, "bin");

    public string ScenarioDirectory => Path.Combine(_root, "scenario");

    public string DatabaseDirectory => Path.Combine(_root, "db");

    public string? InstalledKernel { get; set; }

    public string? RunningKernel { get; set; }

    /// <summary>The arguments of every run of the fake, one line each.</summary>
    public IReadOnlyList<string> Invocations
    {
        get
        {
            var log = Path.Combine(ScenarioDirectory, "argv.log");
            return File.Exists(log) ? File.ReadAllLines(log) : [];
        }
    }

    /// <summary>What the fake prints for a key ("upgrade-n", "update"...), optionally only on its Nth run.</summary>
    public FakePkg Reply(string key, string? stdout = null, string? stderr = null, int? exitCode = null, int? run = null)
    {
        var stem = Path.Combine(ScenarioDirectory, run is null ? key : $"{key}.{run}");
        if (stdout is not null)
        {
            File.WriteAllText(stem + ".txt", stdout);
        }

        if (stderr is not null)
        {
            File.WriteAllText(stem + ".err", stderr);
        }

        if (exitCode is not null)
        {
            File.WriteAllText(stem + ".exit", exitCode.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return this;
    }

    public FakePkg ReplyWithFixture(string key, string fixture, int? run = null) => Reply(key, Fixture.Read(fixture), run: run);

    public PkgBackend CreateBackend(bool isRoot = true, TimeSpan? lockWait = null) => new(new PkgBackendOptions
    {
        Environment = new Dictionary<string, string?>
        {
            ["PATH"] = BinDirectory + ":" + Environment.GetEnvironmentVariable("PATH"),
            ["FAKE_PKG_DIR"] = ScenarioDirectory,
            ["PKG_DBDIR"] = DatabaseDirectory,
            ["FAKE_FREEBSD_KERNEL"] = InstalledKernel,
            ["FAKE_FREEBSD_RUNNING"] = RunningKernel,
        },
        IsRoot = isRoot,
        LockWait = lockWait ?? TimeSpan.FromSeconds(60),
        FirstRetryDelay = TimeSpan.FromMilliseconds(50),
    });

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
