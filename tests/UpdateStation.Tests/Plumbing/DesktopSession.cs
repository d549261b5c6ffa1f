namespace UpdateStation.Tests.Plumbing;

/// <summary>A private desktop for one test class: Xvfb and a session bus, on which D-Bus activation starts the accessibility bus.</summary>
/// <remarks>
/// Xvfb picks a free display itself (-displayfd) and never resets (-noreset): by default an X server resets when its
/// last client disconnects, and drops every client that connected meanwhile, so a program started just as the
/// previous spec's are killed (trayer, say) would fail with "cannot open display". The session bus listens in the
/// fixture's own directory, which is also the XDG_RUNTIME_DIR of the accessibility bus it activates
/// (at-spi-bus-launcher); when the session bus goes, the launcher, its bus and the registry follow. Everything is
/// stopped and deleted on disposal.
/// </remarks>
public class DesktopSession : IAsyncLifetime
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(30);

    private readonly string _root = Directory.CreateTempSubdirectory("update-station-desktop-").FullName;
    private StationProcess? _xvfb;
    private StationProcess? _bus;

    public DesktopSession()
        : this(null)
    {
    }

    /// <param name="user">Whose session it is: the session bus and the tools run as that user (Xvfb lets any local user in); null: the test's own.</param>
    private protected DesktopSession(UnixUser? user)
    {
        User = user;
        if (user is not null)
        {
            RuntimeDir.Chown(_root, user);
        }
    }

    /// <summary>The session's user; null: the test's own.</summary>
    internal UnixUser? User { get; }

    public string Display { get; private set; } = "";

    public string BusAddress { get; private set; } = "";

    /// <summary>What a desktop program gets: this display and bus, accessibility on, X11 (never a Wayland socket nearby).</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["DISPLAY"] = Display,
        ["DBUS_SESSION_BUS_ADDRESS"] = BusAddress,
        ["GDK_BACKEND"] = "x11",
        ["NO_AT_BRIDGE"] = null,
        ["WAYLAND_DISPLAY"] = null,
    };

    internal StartOptions Options => new() { Environment = Environment };

    public async ValueTask InitializeAsync()
    {
        _xvfb = StationProcess.StartProgram(["Xvfb", "-displayfd", "1", "-noreset", "-screen", "0", "1024x768x24", "-nolisten", "tcp"]);
        Display = ":" + await FirstLineAsync(_xvfb);
        _bus = StationProcess.StartProgram(
            [.. User?.SetprivPrefix ?? [], "dbus-daemon", "--session", "--nofork", "--print-address=1", $"--address=unix:path={_root}/bus"],
            startInfo =>
            {
                startInfo.Environment["DISPLAY"] = Display;
                startInfo.Environment["XDG_RUNTIME_DIR"] = _root;
                SetHome(startInfo);
            });
        BusAddress = await FirstLineAsync(_bus);
    }

    /// <summary>Kills the session bus (SIGKILL, reaped), as the end of a session does.</summary>
    internal async Task StopBusAsync()
    {
        if (_bus is not null)
        {
            await _bus.DisposeAsync();
            _bus = null;
        }
    }

    /// <summary>Kills the X server (SIGKILL, reaped), as a crash or the end of a session does.</summary>
    internal async Task StopDisplayAsync()
    {
        if (_xvfb is not null)
        {
            await _xvfb.DisposeAsync();
            _xvfb = null;
        }
    }

    /// <summary>Runs a desktop tool (xdotool, the screen reader) against this desktop, bounded.</summary>
    internal async Task<StationResult> RunAsync(IReadOnlyList<string> argv, TimeSpan? timeout = null)
    {
        await using StationProcess tool = StationProcess.StartProgram([.. User?.SetprivPrefix ?? [], .. argv], startInfo =>
        {
            startInfo.Environment["DISPLAY"] = Display;
            startInfo.Environment["DBUS_SESSION_BUS_ADDRESS"] = BusAddress;
            SetHome(startInfo);
        });
        return await tool.WaitForExitAsync(timeout ?? TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.DisposeAsync();
        }

        if (_xvfb is not null)
        {
            await _xvfb.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }

    // Another user's processes get a home they may write to (the session's folder), not the test's.
    private void SetHome(ProcessStartInfo startInfo)
    {
        if (User is not null)
        {
            startInfo.Environment["HOME"] = _root;
        }
    }

    private static async Task<string> FirstLineAsync(StationProcess process)
    {
        string line = await Poll.UntilAsync(
            () =>
            {
                Assert.False(process.HasExited, $"'{process.CommandLine}' exited at start.\n--- stderr ---\n{process.Stderr}");
                int end = process.Stdout.IndexOf('\n', StringComparison.Ordinal);
                return Task.FromResult(end > 0 ? process.Stdout[..end].Trim() : null);
            },
            s_startTimeout,
            () => $"'{process.CommandLine}' prints its address; stderr so far: {process.Stderr}");
        return line;
    }
}
