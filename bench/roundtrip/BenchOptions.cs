namespace UpdateStation.Bench.RoundTrip;

/// <summary>Command-line settings: --runs N, --warmup N, --idle N, --bin PATH.</summary>
internal sealed record BenchOptions(int Runs, int Warmup, int IdleProcesses, string Binary)
{
    public static BenchOptions Parse(string[] args)
    {
        int runs = 300, warmup = 30, idle = 3000;
        string? binary = Environment.GetEnvironmentVariable("UPDATE_STATION_BIN");
        for (int i = 0; i < args.Length; i++)
        {
            string value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--runs": runs = int.Parse(value); break;
                case "--warmup": warmup = int.Parse(value); break;
                case "--idle": idle = int.Parse(value); break;
                case "--bin": binary = value; break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'; use --runs, --warmup, --idle, --bin.");
            }

            i++;
        }

        binary = string.IsNullOrEmpty(binary) ? Path.Combine(RepositoryRoot(), "artifacts", "bin", "update-station") : binary;
        return File.Exists(binary)
            ? new BenchOptions(runs, warmup, idle, Path.GetFullPath(binary))
            : throw new FileNotFoundException($"No binary at '{binary}': run ./build.sh first, or pass --bin.");
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

        throw new DirectoryNotFoundException("No build.sh above the harness: pass --bin.");
    }
}
