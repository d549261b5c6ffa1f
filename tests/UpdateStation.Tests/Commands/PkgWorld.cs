namespace UpdateStation.Tests.Commands;

/// <summary>A scenario for the stand-in pkg (tests/fakes/pkg), first on the PATH of the update-station under test.</summary>
internal sealed class PkgWorld : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("update-station-specs-").FullName;

    public PkgWorld()
    {
        Directory.CreateDirectory(Bin);
        Directory.CreateDirectory(Scenario);
        foreach (var program in new[] { "pkg", "freebsd-version" })
        {
            var target = Path.Combine(Bin, program);
            File.Copy(Path.Combine(AppContext.BaseDirectory, "fakes", program), target);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    private string Bin => Path.Combine(_root, "bin");

    private string Scenario => Path.Combine(_root, "scenario");

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["PATH"] = Bin + ":" + System.Environment.GetEnvironmentVariable("PATH"),
        ["FAKE_PKG_DIR"] = Scenario,
        ["PKG_DBDIR"] = _root,
        ["UPDATE_STATION_LOG"] = Path.Combine(_root, "update-station.log"),
    };

    /// <summary>Makes the fake print a fixture (Fixtures/pkg) for a key such as "upgrade-n".</summary>
    public PkgWorld Reply(string key, string fixture)
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pkg", fixture), Path.Combine(Scenario, key + ".txt"));
        return this;
    }

    /// <summary>Makes the fake print <paramref name="text"/> for a key such as "upgrade-n".</summary>
    public PkgWorld ReplyText(string key, string text)
    {
        File.WriteAllText(Path.Combine(Scenario, key + ".txt"), text);
        return this;
    }

    public PkgWorld ExitWith(string key, int code)
    {
        File.WriteAllText(Path.Combine(Scenario, key + ".exit"), code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return this;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
