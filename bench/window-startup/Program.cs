// `update-station window` from exec to a mapped window (the window publishes window.json from its map-event
// handler) with plans of 60, 133 and 2,000 updates, the raise of an open window (a second `window`, exec to exit,
// acknowledged), the details of a selected row as a screen reader gets them, and the floor every run of the binary
// pays (`--version`). Xvfb and, for some rows, a session bus with the accessibility bus are private.
using System.Diagnostics;
using System.Globalization;
using UpdateStation.Bench.WindowStartup;

int runs = Option(args, "--runs", 30);
int warmup = Option(args, "--warmup", 5);
string bin = Path.GetFullPath(OptionText(args, "--bin")
    ?? Environment.GetEnvironmentVariable("UPDATE_STATION_BIN")
    ?? "artifacts/bin/update-station");

await using Desktop desktop = await Desktop.StartAsync();

// The scenarios alternate run by run: run in blocks, the first one paid for a fresh X server and for the machine's
// load drifting, which once read as "twice as slow without a session bus" (bench/README.md).
bool[] scenarios = [false, true];
Session[] sessions = [await Session.StartAsync(desktop, accessibility: false), await Session.StartAsync(desktop, accessibility: true)];
List<double>[] starts = [[], []], raises = [[], []];
for (int run = -warmup; run < runs; run++)
{
    for (int i = 0; i < scenarios.Length; i++)
    {
        (double opened, double raised) = await sessions[i].OpenAndRaiseAsync(bin);
        if (run >= 0)
        {
            starts[i].Add(opened);
            raises[i].Add(raised);
        }
    }
}

List<(string Scenario, List<double> Times)> rows = [];
for (int i = 0; i < scenarios.Length; i++)
{
    sessions[i].Dispose();
    string load = scenarios[i] ? "with accessibility bus" : "no session bus";
    rows.Add(($"window: exec to mapped, {load}", starts[i]));
    rows.Add(($"window: raise the open one, {load}", raises[i]));
}

// Bigger plans, no session bus: 133 (a real Debian machine's week) and 2,000 updates; the sessions alternate.
int[] plans = [133, 2000];
Session[] big = [.. await Task.WhenAll(plans.Select(n => Session.StartAsync(desktop, accessibility: false, updates: n)))];
List<double>[] bigStarts = [[], []];
for (int run = -warmup; run < runs; run++)
{
    for (int i = 0; i < plans.Length; i++)
    {
        (double opened, _) = await big[i].OpenAndRaiseAsync(bin);
        if (run >= 0)
        {
            bigStarts[i].Add(opened);
        }
    }
}

for (int i = 0; i < plans.Length; i++)
{
    big[i].Dispose();
    rows.Add(($"window: exec to mapped, {plans[i]:N0} updates", bigStarts[i]));
}

// The details of a selected row (133 updates), read back through AT-SPI as a screen reader reads them.
string script = Path.GetFullPath(OptionText(args, "--screen-reader") ?? "tests/UpdateStation.Tests/desktop/screen-reader.py");
using (Session reader = await Session.StartAsync(desktop, accessibility: true, updates: 133))
{
    List<double> details = [], reads = [];
    for (int run = -Math.Min(warmup, 2); run < Math.Max(5, runs / 3); run++)
    {
        (double shown, double read) = await reader.OpenAndSelectAsync(bin, script);
        if (run >= 0)
        {
            details.Add(shown);
            reads.Add(read);
        }
    }

    rows.Add(("details: select a row to details read (AT-SPI)", details));
    rows.Add(("details: one AT-SPI read of the window (floor)", reads));
}

List<double> floor = [];
for (int run = -warmup; run < runs; run++)
{
    Stopwatch clock = Stopwatch.StartNew();
    using Process version = Process.Start(new ProcessStartInfo(bin, "--version") { RedirectStandardOutput = true })!;
    await version.WaitForExitAsync();
    if (run >= 0)
    {
        floor.Add(clock.Elapsed.TotalMilliseconds);
    }
}

rows.Add(("--version (floor)", floor));
Console.WriteLine($"| {"scenario",-48} | runs | median ms |  p90 ms |");
Console.WriteLine($"|{new string('-', 50)}|------|-----------|---------|");
foreach ((string scenario, List<double> times) in rows)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {scenario,-48} | {times.Count,4} | {Percentile(times, 50),9:0.0} | {Percentile(times, 90),7:0.0} |"));
}

static double Percentile(List<double> values, int percent)
{
    double[] sorted = [.. values.Order()];
    int rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
    return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
}

static string? OptionText(string[] args, string name)
{
    int index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static int Option(string[] args, string name, int fallback) =>
    OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
