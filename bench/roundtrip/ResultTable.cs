namespace UpdateStation.Bench.RoundTrip;

/// <summary>The table of medians and p90s, and each target (round trip, flatness, start-up) with whether this run met it.</summary>
internal static class ResultTable
{
    public static void Print(IReadOnlyList<(string Load, int Processes, Measurement Result)> rows, int trayPid, BenchOptions options, string face)
    {
        Console.WriteLine($"update-station check-now round trip and start-up ({Environment.ProcessorCount} CPUs, tray pid {trayPid}, {face})");
        Console.WriteLine();
        Console.WriteLine($"| {"scenario",-26} | {"load",-16} | {"procs",5} | {"runs",4} | {"median ms",9} | {"p90 ms",7} |");
        Console.WriteLine($"|{new string('-', 28)}|{new string('-', 18)}|{new string('-', 7)}|{new string('-', 6)}|{new string('-', 11)}|{new string('-', 9)}|");
        foreach ((string load, int processes, Measurement m) in rows)
        {
            Console.WriteLine($"| {m.Scenario,-26} | {load,-16} | {processes,5} | {m.Milliseconds.Count,4} | {m.Median,9:0.00} | {m.P90,7:0.00} |");
        }

        double Median(string scenario, bool idle) =>
            rows.First(r => r.Result.Scenario == scenario && (r.Load == "idle system") == idle).Result.Median;

        double checkNow = Median("check-now", true), hello = Median("hello-aot (floor)", true);
        double afterSignal = Median("after signal, 200 us poll", true);
        Console.WriteLine();
        Verdict($"check-now {checkNow:0.00} ms against the seed's {Median("seed: psutil + USR1", true):0.00} ms idle", checkNow / Median("seed: psutil + USR1", true), 0.2);
        Verdict($"check-now {Median("check-now", false):0.00} ms with +{options.IdleProcesses} processes against {checkNow:0.00} ms idle",
            Median("check-now", false) / checkNow, 1.25);
        Console.WriteLine($"over the hello world's {hello:0.00} ms (target: at most 2 ms each):");
        Over("--version", Median("--version", true) - hello);
        Over("status (no instance)", Median("status (no instance)", true) - hello);
        Over("status (the tray)", Median("status (the tray)", true) - hello);
        Over("check-now less the round trip after the signal", checkNow - afterSignal - hello);
    }

    private static void Verdict(string what, double ratio, double target) =>
        Console.WriteLine($"{what}: {ratio:0.00} x (target: at most {target:0.00} x): {(ratio <= target ? "met" : "NOT met")}");

    private static void Over(string what, double milliseconds) =>
        Console.WriteLine($"  {what}: {milliseconds:+0.00;-0.00} ms: {(milliseconds <= 2 ? "met" : "NOT met")}");
}
