namespace UpdateStation.Bench.RoundTrip;

/// <summary>A private XDG_RUNTIME_DIR and the fake pkg first on PATH, so the tray's checks touch nothing real.</summary>
internal sealed class BenchEnvironment : IDisposable
{
    private readonly Dictionary<string, string> _variables;

    private BenchEnvironment(string root)
    {
        Root = root;
        XdgRuntimeDir = Directory.CreateDirectory(Path.Combine(root, "xdg")).FullName;
        File.SetUnixFileMode(XdgRuntimeDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string fakes = Path.Combine(AppContext.BaseDirectory, "fakes");
        File.SetUnixFileMode(Path.Combine(fakes, "pkg"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        _variables = new Dictionary<string, string>
        {
            ["XDG_RUNTIME_DIR"] = XdgRuntimeDir,
            ["PATH"] = fakes + ":" + (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin"),
            ["UPDATE_STATION_BACKEND"] = "pkg",

            // A real check (a catalogue refresh) takes seconds to minutes, far longer than the time between two
            // activations: the first activation starts a check that outlasts a scenario and the rest join it, so
            // the round trip measures the protocol, not a stream of fake-pkg process spawns.
            ["FAKE_PKG_DELAY"] = "60",

            // The fake keeps its catalogue beside its log: without one it would make /nonexistent/pkgdb, and specs
            // rely on /nonexistent not existing (a user whose home is gone).
            ["FAKE_PKG_LOG"] = Path.Combine(root, "pkg.log"),
        };
    }

    public string Root { get; }

    public string XdgRuntimeDir { get; }

    public IReadOnlyDictionary<string, string> Variables => _variables;

    public static BenchEnvironment Create() => new(Directory.CreateTempSubdirectory("update-station-bench-").FullName);

    public ProcessStartInfo StartInfo(string program, IEnumerable<string> args)
    {
        ProcessStartInfo startInfo = new(program) { UseShellExecute = false };
        foreach (string arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        foreach ((string name, string value) in Variables)
        {
            startInfo.Environment[name] = value;
        }

        if (!_variables.ContainsKey("DBUS_SESSION_BUS_ADDRESS"))
        {
            startInfo.Environment.Remove("DBUS_SESSION_BUS_ADDRESS"); // headless, whatever session the bench runs in
        }

        startInfo.Environment.Remove("DISPLAY");
        startInfo.Environment.Remove("WAYLAND_DISPLAY");
        startInfo.Environment.Remove("FAKE_PKG_LOG");
        startInfo.Environment.Remove("FAKE_PKG_GATE");
        return startInfo;
    }

    /// <summary>Every process started from now on gets this session bus (the tray shows its desktop face on it).</summary>
    public void UseSessionBus(string address) => _variables["DBUS_SESSION_BUS_ADDRESS"] = address;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
