namespace UpdateStation.Tests.Shared;

/// <summary>A private D-Bus session bus (dbus-daemon --nofork), killed with whatever it activated on disposal.</summary>
public sealed class SessionBus : IDisposable
{
    private readonly SessionProcess _daemon;

    private SessionBus(SessionProcess daemon, string address)
    {
        _daemon = daemon;
        Address = address;
    }

    /// <summary>The DBUS_SESSION_BUS_ADDRESS value.</summary>
    public string Address { get; }

    /// <summary>Starts dbus-daemon with <paramref name="arguments"/> (a --config-file, or --session and an --address).</summary>
    /// <param name="environment">The daemon's environment (what the services it activates inherit).</param>
    /// <param name="prefix">An argv prefix that execs the daemon (setpriv: the session of another user).</param>
    public static async Task<SessionBus> StartAsync(
        IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string>? prefix = null)
    {
        IReadOnlyList<string> argv = [.. prefix ?? [], "dbus-daemon", "--nofork", "--nopidfile", "--print-address=1", .. arguments];
        var address = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var daemon = SessionProcess.Start(argv[0], argv.Skip(1), environment, line => address.TrySetResult(line.Trim()));
        try
        {
            await Eventually.TrueAsync(() => address.Task.IsCompleted || daemon.HasExited, "dbus-daemon to print its address", 30_000);
            return address.Task.IsCompleted
                ? new SessionBus(daemon, address.Task.Result)
                : throw new InvalidOperationException($"dbus-daemon exited at start:\n{daemon.Output}");
        }
        catch
        {
            daemon.Dispose();
            throw;
        }
    }

    /// <summary>Whether <paramref name="name"/> has an owner on this bus now (dbus-send, as any client would ask).</summary>
    public bool NameHasOwner(string name) =>
        Programs.Run(
            "dbus-send",
            ["--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", $"string:{name}"],
            environment: new Dictionary<string, string?> { ["DBUS_SESSION_BUS_ADDRESS"] = Address })
        .Output.Contains("boolean true", StringComparison.Ordinal);

    /// <summary>Waits until <paramref name="name"/> has an owner (or, not <paramref name="present"/>, none); fails when <paramref name="owner"/> exits first.</summary>
    public Task WaitForNameAsync(string name, bool present, SessionProcess? owner = null) =>
        Eventually.TrueAsync(
            () => owner?.HasExited == true
                ? throw new InvalidOperationException($"The process meant to own {name} exited:\n{owner.Output}")
                : NameHasOwner(name) == present,
            present ? $"{name} to get an owner" : $"{name} to lose its owner",
            30_000);

    /// <summary>Starts a desktop service (the panel, dunst) with <paramref name="environment"/> and waits until it owns <paramref name="name"/>.</summary>
    public Task<SessionProcess> StartServiceAsync(string name, IReadOnlyList<string> argv, IReadOnlyDictionary<string, string> environment) =>
        AwaitServiceAsync(name, SessionProcess.Start(argv[0], argv.Skip(1), environment));

    /// <summary>Waits until <paramref name="service"/>, just started, owns <paramref name="name"/>; kills it when it does not.</summary>
    public async Task<SessionProcess> AwaitServiceAsync(string name, SessionProcess service)
    {
        try
        {
            await WaitForNameAsync(name, present: true, service);
            return service;
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    /// <summary>Kills the bus (SIGKILL, reaped) and what it activated, as the end of a session does.</summary>
    public void Dispose() => _daemon.Dispose();
}
