namespace UpdateStation.Bench.RoundTrip;

/// <summary>Command-line settings: --runs N, --warmup N, --seed-runs N, --idle N, --bin PATH, --hello PATH, --python PATH, --desktop.</summary>
/// <param name="Desktop">The tray runs on a private session bus, its desktop face (icon, menu, notifications) in place.</param>
internal sealed record BenchOptions(int Runs, int Warmup, int SeedRuns, int IdleProcesses, string Binary, string Hello, string Python, bool Desktop)
{
    public static BenchOptions Parse(string[] args)
    {
        int runs = 300, warmup = 30, seedRuns = 40, idle = 3000;
        string? binary = Environment.GetEnvironmentVariable("UPDATE_STATION_BIN");
        string? hello = null;
        string python = "/usr/bin/python3";
        bool desktop = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--desktop")
            {
                desktop = true;
                continue;
            }

            string value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--runs": runs = int.Parse(value); break;
                case "--warmup": warmup = int.Parse(value); break;
                case "--seed-runs": seedRuns = int.Parse(value); break;
                case "--idle": idle = int.Parse(value); break;
                case "--bin": binary = value; break;
                case "--hello": hello = value; break;
                case "--python": python = value; break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'; use --runs, --warmup, --seed-runs, --idle, --bin, --hello, --python, --desktop.");
            }

            i++;
        }

        binary = string.IsNullOrEmpty(binary) ? Path.Combine(RepositoryRoot(), "artifacts", "bin", "update-station") : binary;
        hello ??= Path.Combine(RepositoryRoot(), "artifacts", "bench", "hello-aot", "hello-aot");
        return !File.Exists(binary) ? throw new FileNotFoundException($"No binary at '{binary}': run ./build.sh first, or pass --bin.")
            : !File.Exists(hello) ? throw new FileNotFoundException(
                $"No hello world at '{hello}': run 'dotnet publish bench/HelloAot -c Release -o artifacts/bench/hello-aot', or pass --hello.")
            : new BenchOptions(runs, warmup, seedRuns, idle, Path.GetFullPath(binary), Path.GetFullPath(hello), python, desktop);
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "build.sh")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No build.sh above the harness: pass --bin and --hello.");
    }
}
