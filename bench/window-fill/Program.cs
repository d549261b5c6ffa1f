// `update-station window` over a large published plan (a tray not updated for a year, or a tampered file): from
// exec to a mapped window, to idle (the list filled: its CPU time stops growing), the CPU time that took, and how
// soon SIGTERM ends it when sent while it fills. Xvfb and the runtime directory are private; no session bus.
using System.Globalization;
using UpdateStation.Bench.WindowFill;

int runs = Option(args, "--runs", 5);
int[] sizes = OptionText(args, "--rows") is { } list
    ? [.. list.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]
    : [8_000, 16_000, 60_000];
int[] termAfter = [250, 500, 1000]; // ms after exec
TimeSpan limit = TimeSpan.FromSeconds(Option(args, "--limit", 180));
string bin = Path.GetFullPath(OptionText(args, "--bin")
    ?? Environment.GetEnvironmentVariable("UPDATE_STATION_BIN")
    ?? "artifacts/bin/update-station");

await using Desktop desktop = await Desktop.StartAsync();
Console.WriteLine($"| {"rows",6} | runs | mapped ms (median) | idle ms (median, max) | CPU ms (median) | SIGTERM 250/500/1000 ms after exec: to exit, ms (max of runs) |");
Console.WriteLine("|-------:|-----:|-------------------:|----------------------:|----------------:|:------------------------------------------------------------|");
foreach (int rows in sizes)
{
    using FillRun run = new(rows);
    _ = await run.OpenAsync(bin, desktop.Display, limit); // Warm-up: fontconfig's cache, the page cache.
    List<double> mapped = [], idle = [], cpu = [];
    List<double>[] exits = [.. termAfter.Select(_ => new List<double>())];
    List<int> statuses = [];
    for (int i = 0; i < runs; i++)
    {
        (double m, double d, double c) = await run.OpenAsync(bin, desktop.Display, limit);
        mapped.Add(m);
        idle.Add(d);
        cpu.Add(c);
        for (int t = 0; t < termAfter.Length; t++)
        {
            (double exit, int status) = await run.TerminateAsync(bin, desktop.Display, TimeSpan.FromMilliseconds(termAfter[t]), limit);
            exits[t].Add(exit);
            statuses.Add(status);
        }
    }

    string term = string.Join(" / ", exits.Select(e => Max(e).ToString("0.0", CultureInfo.InvariantCulture)));
    string codes = string.Join(",", statuses.Distinct());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {rows,6} | {runs,4} | {Median(mapped),18:0} | {Median(idle),10:0}, {Max(idle),10:0} | {Median(cpu),15:0} | {term} (exit status {codes}) |"));
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static double Max(List<double> values) => values.Any(double.IsNaN) ? double.NaN : values.Max();

static string? OptionText(string[] args, string name)
{
    int index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static int Option(string[] args, string name, int fallback) =>
    OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
