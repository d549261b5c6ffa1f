namespace UpdateStation.Bench.RoundTrip;

/// <summary>Runs hyperfine without a shell (-N), interleaving nothing: each command's runs back to back.</summary>
internal static class Hyperfine
{
    /// <summary>Times each (name, command) and fails if any run exited non-zero (a baseline that matched nothing, a check-now not acknowledged).</summary>
    public static IReadOnlyList<Measurement> Run(BenchEnvironment environment, BenchOptions options, IReadOnlyList<(string Name, string Command)> commands)
    {
        string export = Path.Combine(environment.Root, $"hyperfine-{Guid.NewGuid():N}.json");
        List<string> args = ["-N", "--style", "none", "--warmup", options.Warmup.ToString(), "--runs", options.Runs.ToString(), "--export-json", export];
        foreach ((string name, _) in commands)
        {
            args.Add($"--command-name={name}");
        }

        args.AddRange(commands.Select(c => c.Command));
        using Process hyperfine = Process.Start(environment.StartInfo("hyperfine", args))
            ?? throw new InvalidOperationException("Could not start hyperfine.");
        hyperfine.WaitForExit();
        if (hyperfine.ExitCode != 0)
        {
            throw new InvalidOperationException($"hyperfine exited {hyperfine.ExitCode} (a command failed: see above).");
        }

        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(export));
        List<Measurement> measurements = [];
        foreach (JsonElement result in document.RootElement.GetProperty("results").EnumerateArray())
        {
            string name = result.GetProperty("command").GetString()!;
            if (result.GetProperty("exit_codes").EnumerateArray().Any(code => code.GetInt32() != 0))
            {
                throw new InvalidOperationException($"'{name}' exited non-zero in some runs.");
            }

            measurements.Add(new Measurement(name, [.. result.GetProperty("times").EnumerateArray().Select(t => t.GetDouble() * 1000)]));
        }

        return measurements;
    }
}
