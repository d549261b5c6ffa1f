namespace UpdateStation.Tests.Plumbing;

/// <summary>A private XDG_RUNTIME_DIR for one test, with the fake pkg's log and gate beside it.</summary>
/// <remarks>
/// Layout: ROOT/ (0700, the owner's) holds xdg/ (0700: the XDG_RUNTIME_DIR), pkg.log and pkg.gate.
/// The fake pkg answers `upgrade` only once pkg.gate exists: a test closes the gate to hold a check open
/// for as long as it needs, instead of guessing with delays. Disposal opens the gate, kills every
/// process started against this directory and deletes it.
/// </remarks>
internal sealed class RuntimeDir : IAsyncDisposable
{
    private readonly List<StationProcess> _processes = [];
    private readonly Lock _gate = new();

    private RuntimeDir(string root, UnixUser? owner)
    {
        Root = root;
        Owner = owner;
        XdgRuntimeDir = Path.Combine(root, "xdg");
        Directory.CreateDirectory(XdgRuntimeDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        OpenGate();
        if (owner is not null)
        {
            Chown(root, owner);
            Chown(XdgRuntimeDir, owner);
        }
    }

    public string Root { get; }

    /// <summary>Who the directory belongs to; null: the test's own user.</summary>
    public UnixUser? Owner { get; }

    /// <summary>What the children get as XDG_RUNTIME_DIR.</summary>
    public string XdgRuntimeDir { get; }

    /// <summary>Where the binary keeps instance.lock and instance.json.</summary>
    public string StationDir => Path.Combine(XdgRuntimeDir, "update-station");

    public string PkgLog => Path.Combine(Root, "pkg.log");

    public string PkgGate => Path.Combine(Root, "pkg.gate");

    /// <summary>A fresh directory owned by <paramref name="owner"/> (default: the test's user).</summary>
    public static RuntimeDir Create(UnixUser? owner = null) =>
        new(Directory.CreateTempSubdirectory("update-station-spec-").FullName, owner);

    /// <summary>From now on a check (the fake's `upgrade`) blocks until <see cref="OpenGate"/>.</summary>
    public void CloseGate() => File.Delete(PkgGate);

    public void OpenGate() => File.WriteAllText(PkgGate, "");

    /// <summary>Every fake pkg invocation so far, one line each: its arguments, then pid=N.</summary>
    public IReadOnlyList<string> PkgInvocations() =>
        File.Exists(PkgLog) ? File.ReadAllLines(PkgLog) : [];

    /// <summary>How many checks reached the package manager: `pkg upgrade -n` invocations.</summary>
    public int UpgradeChecks() =>
        PkgInvocations().Count(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("upgrade"));

    /// <summary>The environment every child starts with: this runtime dir, the fake pkg first on PATH, no display.</summary>
    public void ApplyTo(IDictionary<string, string?> environment)
    {
        environment["XDG_RUNTIME_DIR"] = XdgRuntimeDir;
        environment["PATH"] = Fakes.Directory + ":" + (environment.TryGetValue("PATH", out string? path) ? path : "/usr/bin:/bin");
        environment["UPDATE_STATION_BACKEND"] = "pkg";
        environment["XDG_STATE_HOME"] = Path.Combine(Root, "state"); // the window remembers its size there
        environment["FAKE_PKG_LOG"] = PkgLog;
        environment["FAKE_PKG_GATE"] = PkgGate;
        environment.Remove("FAKE_PKG_DELAY");
        environment.Remove("DISPLAY");
        environment.Remove("WAYLAND_DISPLAY");
        environment.Remove("DBUS_SESSION_BUS_ADDRESS");
        if (Owner is not null)
        {
            environment["HOME"] = Root;
            environment["XDG_CACHE_HOME"] = Path.Combine(Root, "cache"); // a user's private pkg catalogue; nobody's home is /nonexistent
            environment["USER"] = Owner.Name;
            environment["LOGNAME"] = Owner.Name;
        }
    }

    internal void Adopt(StationProcess process)
    {
        lock (_gate)
        {
            _processes.Add(process);
        }
    }

    public async ValueTask DisposeAsync()
    {
        OpenGate();
        StationProcess[] processes;
        lock (_gate)
        {
            processes = [.. _processes];
        }

        foreach (StationProcess process in processes)
        {
            await process.DisposeAsync();
        }

        StopPublishedGtkProcesses();

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A fake pkg that outlived its instance may still be appending to the log; /tmp is cleaned anyway.
        }
    }

    /// <summary>
    /// The window and the legacy icon that an instance started (in sessions of their own, so no test holds them):
    /// stopped by the pid they published, when that pid still runs update-station.
    /// </summary>
    private void StopPublishedGtkProcesses()
    {
        foreach (string name in (string[])["window", "legacy-icon"])
        {
            try
            {
                using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(StationDir, name + ".json")));
                int pid = json.RootElement.GetProperty("pid").GetInt32();
                if (File.ReadAllText($"/proc/{pid}/cmdline").Contains("update-station", StringComparison.Ordinal))
                {
                    Signals.Send(pid, Signals.SIGKILL);
                }
            }
            catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException or KeyNotFoundException)
            {
                // Nothing published, or already gone.
            }
        }
    }

    internal static void Chown(string path, UnixUser owner) => owner.Own(path);
}
