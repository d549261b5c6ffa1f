namespace UpdateStation.Bench.RoundTrip;

/// <summary>Runs hyperfine without a shell (-N), interleaving nothing: each command's runs back to back.</summary>
internal static class Hyperfine
{
    /// <summary>
    /// Times each command <paramref name="runs"/> times and fails if any run exited otherwise than expected (a baseline
    /// that matched nothing, a check-now not acknowledged, a status that found an instance).
    /// </summary>
    public static IReadOnlyList<Measurement> Run(BenchEnvironment environment, BenchOptions options, IReadOnlyList<BenchCommand> commands, int runs)
    {
        string export = Path.Combine(environment.Root, $"hyperfine-{Guid.NewGuid():N}.json");
        List<string> args = ["-N", "-i", "--style", "none", "--warmup", Math.Min(options.Warmup, runs).ToString(), "--runs", runs.ToString(), "--export-json", export];
        foreach (BenchCommand command in commands)
        {
            args.Add($"--command-name={command.Name}");
        }

        args.AddRange(commands.Select(c => c.CommandLine));
        using Process hyperfine = Process.Start(environment.StartInfo("hyperfine", args))
            ?? throw new InvalidOperationException("Could not start hyperfine.");
        hyperfine.WaitForExit();
        if (hyperfine.ExitCode != 0)
        {
            throw new InvalidOperationException($"hyperfine exited {hyperfine.ExitCode} (see above).");
        }

        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(export));
        List<Measurement> measurements = [];
        foreach ((JsonElement result, BenchCommand command) in document.RootElement.GetProperty("results").EnumerateArray().Zip(commands))
        {
            int[] unexpected = [.. result.GetProperty("exit_codes").EnumerateArray().Select(code => code.GetInt32()).Where(code => code != command.ExpectedExit)];
            if (unexpected.Length > 0)
            {
                throw new InvalidOperationException($"'{command.Name}' exited {unexpected[0]} (expected {command.ExpectedExit}) in {unexpected.Length} runs.");
            }

            measurements.Add(new Measurement(command.Name, [.. result.GetProperty("times").EnumerateArray().Select(t => t.GetDouble() * 1000)]));
        }

        return measurements;
    }
}
