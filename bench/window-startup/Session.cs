using System.Diagnostics;

namespace UpdateStation.Bench.WindowStartup;

/// <summary>A private runtime directory with a published plan (60 packages unless told), and optionally a session bus.</summary>
internal sealed class Session : IDisposable
{
    private readonly Desktop _desktop;
    private readonly string _root;
    private readonly Process? _bus;
    private readonly string? _busAddress;

    private Session(Desktop desktop, string root, Process? bus, string? busAddress)
    {
        _desktop = desktop;
        _root = root;
        _bus = bus;
        _busAddress = busAddress;
    }

    private string StationDir => Path.Combine(_root, "update-station");

    public static async Task<Session> StartAsync(Desktop desktop, bool accessibility, int updates = 60)
    {
        string root = Directory.CreateTempSubdirectory("update-station-bench-window-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "update-station"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(Path.Combine(root, "update-station", "plan.json"), SamplePlan(updates));
        if (!accessibility)
        {
            return new Session(desktop, root, null, null);
        }

        ProcessStartInfo start = new("dbus-daemon") { RedirectStandardOutput = true };
        foreach (string arg in new[] { "--session", "--nofork", "--print-address=1", $"--address=unix:path={root}/bus" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["XDG_RUNTIME_DIR"] = root;
        start.Environment["DISPLAY"] = desktop.Display;
        Process bus = Process.Start(start)!;
        string? address = await bus.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return new Session(desktop, root, bus, address!.Trim());
    }

    /// <summary>Opens the window (exec to window.json naming it), raises it with a second `window`, then closes it.</summary>
    public async Task<(double Opened, double Raised)> OpenAndRaiseAsync(string bin)
    {
        string state = Path.Combine(StationDir, "window.json");
        using FileSystemWatcher watcher = new(StationDir, "window.json") { NotifyFilter = NotifyFilters.FileName };
        TaskCompletionSource published = new(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Renamed += (_, _) => published.TrySetResult();
        watcher.EnableRaisingEvents = true;

        Stopwatch clock = Stopwatch.StartNew();
        using Process window = Process.Start(Start(bin))!;
        await published.Task.WaitAsync(TimeSpan.FromSeconds(30));
        double opened = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        using Process second = Process.Start(Start(bin))!;
        await second.WaitForExitAsync();
        double raised = clock.Elapsed.TotalMilliseconds;
        if (second.ExitCode != 0 || !File.Exists(state))
        {
            throw new InvalidOperationException($"the second window exited {second.ExitCode}; the first must have been raised.");
        }

        window.Kill(); // SIGKILL: the next run must not wait for a clean exit; the kernel drops the lock.
        await window.WaitForExitAsync();
        File.Delete(state);
        return (opened, raised);
    }

    /// <summary>
    /// Opens the window, then, as a screen reader user does, selects package-1's row through AT-SPI (screen-reader.py
    /// select) and reads the window until its details (the summary) are there; returns that time and the time of one
    /// read alone (the floor: python3 and AT-SPI's round trips), then SIGKILLs the window.
    /// </summary>
    public async Task<(double Details, double Read)> OpenAndSelectAsync(string bin, string script)
    {
        string state = Path.Combine(StationDir, "window.json");
        using Process window = Process.Start(Start(bin))!;
        while (!File.Exists(state))
        {
            await Task.Delay(10);
        }

        int pid = window.Id;
        Stopwatch clock = Stopwatch.StartNew();
        while (!(await ScreenReaderAsync(script, "dump", pid)).Contains("\tpackage-1\n", StringComparison.Ordinal))
        {
            await Task.Delay(20);
        }

        clock.Restart();
        _ = await ScreenReaderAsync(script, "dump", pid);
        double read = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        _ = await ScreenReaderAsync(script, "select", pid, "package-1");
        while (!(await ScreenReaderAsync(script, "dump", pid)).Contains("\tSummary of package-1\n", StringComparison.Ordinal))
        {
            await Task.Delay(5);
        }

        double details = clock.Elapsed.TotalMilliseconds;
        window.Kill();
        await window.WaitForExitAsync();
        File.Delete(state);
        return (details, read);
    }

    public void Dispose()
    {
        _bus?.Kill();
        _bus?.WaitForExit();
        _bus?.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private async Task<string> ScreenReaderAsync(string script, string command, int pid, string? name = null)
    {
        ProcessStartInfo start = new("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { script, command, $"{pid}" }.Concat(name is null ? [] : [name]))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DISPLAY"] = _desktop.Display;
        start.Environment["DBUS_SESSION_BUS_ADDRESS"] = _busAddress ?? throw new InvalidOperationException("No session bus: no screen reader.");
        using Process reader = Process.Start(start)!;
        string output = await reader.StandardOutput.ReadToEndAsync();
        await reader.WaitForExitAsync();
        return output;
    }

    private ProcessStartInfo Start(string bin)
    {
        ProcessStartInfo start = new(bin, "window");
        start.Environment["DISPLAY"] = _desktop.Display;
        start.Environment["XDG_RUNTIME_DIR"] = _root;
        start.Environment["GDK_BACKEND"] = "x11";
        start.Environment.Remove("WAYLAND_DISPLAY");
        if (_busAddress is null)
        {
            start.Environment["NO_AT_BRIDGE"] = "1";
            start.Environment.Remove("DBUS_SESSION_BUS_ADDRESS");
        }
        else
        {
            start.Environment.Remove("NO_AT_BRIDGE");
            start.Environment["DBUS_SESSION_BUS_ADDRESS"] = _busAddress;
        }

        return start;
    }

    private static string SamplePlan(int count)
    {
        string now = DateTimeOffset.Now.ToString("O");
        string updates = string.Join(",", Enumerable.Range(0, count).Select(i =>
            $$"""{"name":"package-{{i}}","action":"{{(i % 7 == 0 ? "install" : "upgrade")}}","currentVersion":"1.{{i}}-1","newVersion":"1.{{i}}-2","repository":"stable","security":{{(i % 10 == 0 ? "true" : "false")}},"vulnerable":false,"reason":null,"downloadBytes":{{100_000 + i}},"diskChangeBytes":{{i * 10}},"summary":"Summary of package-{{i}}","description":"What package-{{i}} does, in a paragraph.","homepage":"https://example.org/package-{{i}}"}"""));
        return $$"""{"backend":"apt","checkedAt":"{{now}}","updates":[{{updates}}],"held":[{"name":"frozen-tool","currentVersion":"1.0","availableVersion":"1.1"}],"downloadBytes":null,"diskChangeBytes":null,"selfUpgradeFirst":false,"catalogueRefreshed":true,"catalogueUpdatedAt":null}""";
    }
}
