using UpdateStation.Bench.RoundTrip;

// Round trip of `update-station check-now` against a running tray, beside the naive scan-and-kill baseline,
// on an idle system and with N extra processes. See bench/README.md.
try
{
    BenchOptions options = BenchOptions.Parse(args);
    using BenchEnvironment environment = BenchEnvironment.Create();
    using TrayInstance tray = TrayInstance.Start(environment, options.Binary);

    (string, string)[] commands =
    [
        ("check-now", $"{options.Binary} check-now"),
        ("naive scan + kill", NaiveBaseline.Command(options.Binary)),
        // Not a round trip: the floor any run of the binary pays (exec, runtime start, exit), for reading the others.
        ("--version (floor)", $"{options.Binary} --version"),
    ];

    List<(string Load, int Processes, Measurement Result)> rows = [];
    foreach (int idle in (int[])[0, options.IdleProcesses])
    {
        using IdleProcesses extra = IdleProcesses.Start(idle);
        int processes = IdleProcesses.CountAll();
        Console.Error.WriteLine($"measuring with {processes} processes ({options.Runs} runs, {options.Warmup} warm-up)...");
        foreach (Measurement measurement in Hyperfine.Run(environment, options, commands))
        {
            rows.Add((idle == 0 ? "idle system" : $"+{idle} processes", processes, measurement));
        }
    }

    Console.WriteLine($"update-station check-now round trip ({Environment.ProcessorCount} CPUs, tray pid {tray.Pid}, {options.Runs} runs each)");
    Console.WriteLine();
    Console.WriteLine($"| {"scenario",-20} | {"load",-16} | {"procs",5} | {"median ms",9} | {"p90 ms",7} |");
    Console.WriteLine($"|{new string('-', 22)}|{new string('-', 18)}|{new string('-', 7)}|{new string('-', 11)}|{new string('-', 9)}|");
    foreach ((string load, int processes, Measurement m) in rows)
    {
        Console.WriteLine($"| {m.Scenario,-20} | {load,-16} | {processes,5} | {m.Median,9:0.00} | {m.P90,7:0.00} |");
    }

    Measurement[] checkNow = [.. rows.Select(r => r.Result).Where(m => m.Scenario == "check-now")];
    Console.WriteLine();
    Console.WriteLine($"check-now median {checkNow[0].Median:0.00} ms idle, {checkNow[^1].Median:0.00} ms with +{options.IdleProcesses} processes "
        + $"(target: <= 5 ms, flat): {(checkNow.All(m => m.Median <= 5) ? "met" : "NOT met")}");
}
catch (Exception ex) when (ex is InvalidOperationException or IOException or ArgumentException or FormatException)
{
    Console.Error.WriteLine($"roundtrip: {ex.Message}");
    return 1;
}

return 0;
