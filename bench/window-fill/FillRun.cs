using System.Diagnostics;
using System.Globalization;

namespace UpdateStation.Bench.WindowFill;

/// <summary>One `update-station window` over a private runtime directory holding a plan of N packages.</summary>
internal sealed partial class FillRun : IDisposable
{
    /// <summary>The process is idle (the list filled) once its CPU time has not grown for this long.</summary>
    private static readonly TimeSpan s_quiet = TimeSpan.FromMilliseconds(400);

    private static readonly long s_ticksPerSecond = 100; // USER_HZ: /proc/PID/stat counts CPU time in 1/100 s.

    private readonly string _root = Directory.CreateTempSubdirectory("update-station-bench-fill-").FullName;

    public FillRun(int rows)
    {
        Directory.CreateDirectory(StationDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(Path.Combine(StationDir, "plan.json"), Plan(rows));
    }

    private string StationDir => Path.Combine(_root, "update-station");

    /// <summary>Exec to mapped (window.json), exec to idle, and the CPU time it took; then SIGKILL.</summary>
    public async Task<(double Mapped, double Idle, double Cpu)> OpenAsync(string bin, string display, TimeSpan limit)
    {
        Stopwatch clock = Stopwatch.StartNew();
        using Process window = Process.Start(Start(bin, display))!;
        double mapped = await MappedAsync(window, clock, limit);
        (long lastCpu, double lastGrowth) = (Cpu(window.Id), clock.Elapsed.TotalMilliseconds);
        while (clock.Elapsed.TotalMilliseconds - lastGrowth < s_quiet.TotalMilliseconds && clock.Elapsed < limit)
        {
            await Task.Delay(5);
            long cpu = Cpu(window.Id);
            if (cpu != lastCpu)
            {
                (lastCpu, lastGrowth) = (cpu, clock.Elapsed.TotalMilliseconds);
            }
        }

        bool finished = clock.Elapsed < limit;
        window.Kill();
        await window.WaitForExitAsync();
        File.Delete(Path.Combine(StationDir, "window.json"));
        return (mapped, finished ? lastGrowth : double.NaN, lastCpu * 1000.0 / s_ticksPerSecond);
    }

    /// <summary>SIGTERM <paramref name="after"/> exec (while it reads or fills); the time until it exited, and its status.</summary>
    public async Task<(double Exit, int Status)> TerminateAsync(string bin, string display, TimeSpan after, TimeSpan limit)
    {
        Stopwatch clock = Stopwatch.StartNew();
        using Process window = Process.Start(Start(bin, display))!;
        if (after - clock.Elapsed is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait);
        }

        clock.Restart();
        _ = Kill(window.Id, 15);
        using CancellationTokenSource timeout = new(limit);
        try
        {
            await window.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            window.Kill();
            await window.WaitForExitAsync();
            return (double.NaN, -1);
        }

        double exit = clock.Elapsed.TotalMilliseconds;
        File.Delete(Path.Combine(StationDir, "window.json"));
        return (exit, window.ExitCode);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<double> MappedAsync(Process window, Stopwatch clock, TimeSpan limit)
    {
        string state = Path.Combine(StationDir, "window.json");
        while (!File.Exists(state))
        {
            if (window.HasExited || clock.Elapsed > limit)
            {
                throw new InvalidOperationException($"the window did not map within {limit.TotalSeconds} s (exit {(window.HasExited ? window.ExitCode : "none")}).");
            }

            await Task.Delay(2);
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    private ProcessStartInfo Start(string bin, string display)
    {
        ProcessStartInfo start = new(bin, "window") { RedirectStandardError = true };
        start.Environment["DISPLAY"] = display;
        start.Environment["XDG_RUNTIME_DIR"] = _root;
        start.Environment["GDK_BACKEND"] = "x11";
        start.Environment["NO_AT_BRIDGE"] = "1";
        start.Environment.Remove("DBUS_SESSION_BUS_ADDRESS");
        start.Environment.Remove("WAYLAND_DISPLAY");
        return start;
    }

    /// <summary>utime + stime of the process, in clock ticks (fields 14 and 15 of /proc/PID/stat).</summary>
    private static long Cpu(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    /// <summary>A plan in check --json's form: N changes, every tenth a security update, some installs.</summary>
    internal static string Plan(int count)
    {
        string now = DateTimeOffset.Now.ToString("O");
        string updates = string.Join(",", Enumerable.Range(0, count).Select(i =>
            $$"""{"name":"package-{{i}}","action":"{{(i % 7 == 0 ? "install" : "upgrade")}}","currentVersion":"1.{{i}}-1","newVersion":"1.{{i}}-2","repository":"stable","security":{{(i % 10 == 0 ? "true" : "false")}},"vulnerable":false,"reason":null}"""));
        return $$"""{"backend":"apt","checkedAt":"{{now}}","updates":[{{updates}}],"held":[],"downloadBytes":null,"diskChangeBytes":null,"selfUpgradeFirst":false,"catalogueRefreshed":true,"catalogueUpdatedAt":null}""";
    }
}
