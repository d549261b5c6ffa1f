using UpdateStation.Bench.RoundTrip;

// `update-station check-now` against a running tray beside the seed approach (Python, psutil scan + SIGUSR1) and a
// naive pkill, on an idle system and with N extra processes; the start-up floor (a NativeAOT hello world) beside
// --version and status; and the round trip after the signal, timed in-process. See bench/README.md.
try
{
    BenchOptions options = BenchOptions.Parse(args);
    using BenchEnvironment environment = BenchEnvironment.Create();
    using BenchEnvironment noInstance = BenchEnvironment.Create();
    using SessionBus? bus = options.Desktop ? SessionBus.Start(environment) : null;
    using TrayInstance tray = TrayInstance.Start(environment, options.Binary);
    using SeedBaseline seed = SeedBaseline.Start(environment, options.Python);

    BenchCommand[] commands =
    [
        new("check-now", $"{options.Binary} check-now"),
        new("naive pkill + USR1", NaiveBaseline.Command(options.Binary)),
        // Not round trips: the floor any NativeAOT program pays (exec, runtime start, exit), and ours above it.
        new("hello-aot (floor)", options.Hello),
        new("--version", $"{options.Binary} --version"),
        new("status (the tray)", $"{options.Binary} status"),
    ];
    BenchCommand status = new("status (no instance)", $"{options.Binary} status", ExpectedExit: 3);

    List<(string Load, int Processes, Measurement Result)> rows = [];
    foreach (int idle in (int[])[0, options.IdleProcesses])
    {
        using IdleProcesses extra = IdleProcesses.Start(idle);
        int processes = IdleProcesses.CountAll();
        string load = idle == 0 ? "idle system" : $"+{idle} processes";
        Console.Error.WriteLine($"measuring with {processes} processes ({options.Runs} runs, {options.SeedRuns} of the seed)...");
        List<Measurement> measured = [.. Hyperfine.Run(environment, options, commands, options.Runs)];
        measured.AddRange(Hyperfine.Run(noInstance, options, [status], options.Runs));
        measured.AddRange(Hyperfine.Run(environment, options, [seed.Command], options.SeedRuns));
        if (idle == 0)
        {
            string stateFile = Path.Combine(environment.XdgRuntimeDir, "update-station", "instance.json");
            _ = SignalRoundTrip.Measure("warm-up", stateFile, tray.Pid, options.Warmup, 0);
            measured.Add(SignalRoundTrip.Measure("after signal, re-read", stateFile, tray.Pid, options.Runs, 0));
            measured.Add(SignalRoundTrip.Measure("after signal, 200 us poll", stateFile, tray.Pid, options.Runs, 200));
        }

        rows.AddRange(measured.Select(m => (load, processes, m)));
    }

    ResultTable.Print(rows, tray.Pid, options, bus is null ? "headless" : "desktop face on a private session bus");
}
catch (Exception ex) when (ex is InvalidOperationException or IOException or ArgumentException or FormatException)
{
    Console.Error.WriteLine($"roundtrip: {ex.Message}");
    return 1;
}

return 0;
