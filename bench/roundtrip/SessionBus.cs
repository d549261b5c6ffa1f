namespace UpdateStation.Bench.RoundTrip;

/// <summary>A private session bus (dbus-daemon) for the tray's desktop face; killed on disposal.</summary>
internal sealed class SessionBus : IDisposable
{
    private readonly Process _daemon;

    private SessionBus(Process daemon) => _daemon = daemon;

    /// <summary>Starts the bus in <paramref name="environment"/>'s directory and hands its address to every later process.</summary>
    public static SessionBus Start(BenchEnvironment environment)
    {
        ProcessStartInfo startInfo = new("dbus-daemon") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (string arg in (string[])["--session", "--nofork", "--print-address=1", $"--address=unix:path={environment.Root}/bus"])
        {
            startInfo.ArgumentList.Add(arg);
        }

        Process daemon = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dbus-daemon.");
        string address = daemon.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult()?.Trim()
            ?? throw new InvalidOperationException("dbus-daemon printed no address.");
        environment.UseSessionBus(address);
        return new SessionBus(daemon);
    }

    public void Dispose()
    {
        _daemon.Kill();
        _daemon.WaitForExit(10_000);
        _daemon.Dispose();
    }
}
