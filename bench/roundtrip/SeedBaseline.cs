namespace UpdateStation.Bench.RoundTrip;

/// <summary>
/// The seed approach the round-trip and start-up targets measure against: a Python tray that names itself with setproctitle, and a Python
/// check-now that scans every process with psutil for that name and sends SIGUSR1 (waiting for no acknowledgement).
/// Runs under Debian's python3 with python3-psutil and python3-setproctitle; the tray is killed on disposal.
/// </summary>
internal sealed class SeedBaseline : IDisposable
{
    // Not "update-station": the scan must find the seed's tray alone, never signal the real one beside it.
    private const string Title = "us-seed-tray";
    private readonly Process _tray;

    private SeedBaseline(Process tray, string checkNowScript, string python)
    {
        _tray = tray;
        Command = new BenchCommand("seed: psutil + USR1", $"{python} {checkNowScript} {Title}");
    }

    public BenchCommand Command { get; }

    public static SeedBaseline Start(BenchEnvironment environment, string python)
    {
        string scripts = Path.Combine(AppContext.BaseDirectory, "seed");
        ProcessStartInfo startInfo = environment.StartInfo(python, [Path.Combine(scripts, "seed-tray.py"), Title]);
        startInfo.RedirectStandardOutput = true;
        Process tray = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {python}.");
        Task<string?> ready = tray.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(30)) || ready.Result != "ready")
        {
            tray.Kill();
            tray.Dispose();
            throw new InvalidOperationException(
                $"The seed tray did not start under {python} (it needs python3-setproctitle and python3-psutil: apt-get install python3-psutil python3-setproctitle).");
        }

        return new SeedBaseline(tray, Path.Combine(scripts, "seed-check-now.py"), python);
    }

    public void Dispose()
    {
        if (!_tray.HasExited)
        {
            _tray.Kill();
            _tray.WaitForExit(10_000);
        }

        _tray.Dispose();
    }
}
