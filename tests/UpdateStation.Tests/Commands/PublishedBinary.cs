using System.Diagnostics;

namespace UpdateStation.Tests.Commands;

/// <summary>Runs the published update-station ($UPDATE_STATION_BIN, else artifacts/bin/update-station above the tests).</summary>
internal static class PublishedBinary
{
    public static string PathOf()
    {
        var configured = Environment.GetEnvironmentVariable("UPDATE_STATION_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "artifacts", "bin", "update-station");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("artifacts/bin/update-station is missing; run ./build.sh first.");
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(PathOf())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
