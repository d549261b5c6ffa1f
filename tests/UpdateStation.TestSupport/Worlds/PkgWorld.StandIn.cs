namespace UpdateStation.Tests.Shared;

/// <summary>
/// The stand-in kind of world: the test's stand-in pkg (tests/fakes/pkg) and freebsd-version first on PATH, answering
/// from a scenario folder (<see cref="Reply"/>, <see cref="ReplyText"/>, <see cref="ExitWith"/>) instead of a real
/// database. For what a spec needs pkg to say rather than do (messages, exit statuses, locked packages).
/// </summary>
public sealed partial class PkgWorld
{
    private readonly bool _standIn;

    /// <summary>A stand-in world in a fresh temporary directory (the fakes come from the test's output folder).</summary>
    public PkgWorld()
        : this(System.IO.Directory.CreateTempSubdirectory("update-station-specs-").FullName)
    {
        _standIn = true;
        System.IO.Directory.CreateDirectory(BinDirectory);
        System.IO.Directory.CreateDirectory(ScenarioDirectory);
        foreach (var program in new[] { "pkg", "freebsd-version" })
        {
            var target = Path.Combine(BinDirectory, program);
            File.Copy(Path.Combine(AppContext.BaseDirectory, "fakes", program), target);
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string ScenarioDirectory => Path.Combine(Directory, "scenario");

    /// <summary>Makes the stand-in print a fixture (the test's Fixtures/pkg) for a key such as "upgrade-n".</summary>
    public PkgWorld Reply(string key, string fixture)
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pkg", fixture), Path.Combine(ScenarioDirectory, key + ".txt"));
        return this;
    }

    /// <summary>Makes the stand-in print <paramref name="text"/> for a key such as "upgrade-n".</summary>
    public PkgWorld ReplyText(string key, string text)
    {
        File.WriteAllText(Path.Combine(ScenarioDirectory, key + ".txt"), text);
        return this;
    }

    /// <summary>Makes the stand-in exit with <paramref name="code"/> for a key such as "upgrade-n".</summary>
    public PkgWorld ExitWith(string key, int code)
    {
        File.WriteAllText(Path.Combine(ScenarioDirectory, key + ".exit"), code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return this;
    }

    private Dictionary<string, string> StandInEnvironment() => new()
    {
        ["PATH"] = BinDirectory + ":" + System.Environment.GetEnvironmentVariable("PATH"),
        ["FAKE_PKG_DIR"] = ScenarioDirectory,
        ["PKG_DBDIR"] = Directory,
        ["UPDATE_STATION_LOG"] = Path.Combine(Directory, "update-station.log"),
    };
}
