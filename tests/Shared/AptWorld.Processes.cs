using System.Diagnostics;

namespace UpdateStation.Tests.Shared;

public sealed partial class AptWorld
{
    /// <summary>Runs a program (an argument vector, no shell) with this world's APT_CONFIG and LC_ALL=C.</summary>
    public (int ExitCode, string Output, string Error) RunWithWorld(string program, params string[] arguments) =>
        Run(program, arguments, workingDirectory: null, Environment);

    /// <summary>Runs a program with an argument vector and LC_ALL=C, waiting up to two minutes.</summary>
    public static (int ExitCode, string Output, string Error) Run(
        string program,
        IReadOnlyList<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["LC_ALL"] = "C";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            startInfo.Environment[name] = value;
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Cannot start {program}.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within two minutes.");
        }

        return (process.ExitCode, output, error.GetAwaiter().GetResult());
    }

    private static string Check((int ExitCode, string Output, string Error) result) =>
        result.ExitCode == 0 ? result.Output : throw new InvalidOperationException($"exit {result.ExitCode}: {result.Error}");
}
