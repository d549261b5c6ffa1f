namespace UpdateStation.Tests.Plumbing;

/// <summary>A private desktop for one test class: Xvfb and a session bus (the shared <see cref="VirtualDisplay"/> and <see cref="SessionBus"/>), on which D-Bus activation starts the accessibility bus.</summary>
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
    private readonly string _root = Directory.CreateTempSubdirectory("update-station-desktop-").FullName;
    private VirtualDisplay? _display;
    private SessionBus? _bus;

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
            user.Own(_root);
        }
    }

    /// <summary>The session's user; null: the test's own.</summary>
    internal UnixUser? User { get; }

    public string Display => _display?.Display ?? "";

    public string BusAddress => _bus?.Address ?? "";

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

    /// <summary>The session bus (for the desktop services started on it).</summary>
    internal SessionBus Bus => _bus ?? throw new InvalidOperationException("The session bus is not running.");

    public async ValueTask InitializeAsync()
    {
        _display = await VirtualDisplay.StartAsync();
        Dictionary<string, string> environment = new() { ["DISPLAY"] = Display, ["XDG_RUNTIME_DIR"] = _root };
        if (User is not null)
        {
            environment["HOME"] = _root;
        }

        _bus = await SessionBus.StartAsync(["--session", $"--address=unix:path={_root}/bus"], environment, User?.SetprivPrefix);
    }

    /// <summary>Kills the session bus (SIGKILL, reaped), as the end of a session does.</summary>
    internal Task StopBusAsync()
    {
        _bus?.Dispose();
        _bus = null;
        return Task.CompletedTask;
    }

    /// <summary>Kills the X server (SIGKILL, reaped), as a crash or the end of a session does.</summary>
    internal Task StopDisplayAsync()
    {
        _display?.Dispose();
        _display = null;
        return Task.CompletedTask;
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

    public ValueTask DisposeAsync()
    {
        _bus?.Dispose();
        _display?.Dispose();
        Directory.Delete(_root, recursive: true);
        return ValueTask.CompletedTask;
    }

    // Another user's processes get a home they may write to (the session's folder), not the test's.
    private void SetHome(ProcessStartInfo startInfo)
    {
        if (User is not null)
        {
            startInfo.Environment["HOME"] = _root;
        }
    }
}
