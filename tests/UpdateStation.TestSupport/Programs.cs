using System.Diagnostics;

namespace UpdateStation.Tests.Shared;

/// <summary>Runs a program to completion: an argument vector (no shell), LC_ALL=C, bounded by two minutes.</summary>
public static class Programs
{
    /// <param name="environment">Variables to set; a null value removes the variable.</param>
    public static (int ExitCode, string Output, string Error) Run(
        string program,
        IReadOnlyList<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var process = Process.Start(StartInfo(program, arguments, environment, workingDirectory))
            ?? throw new InvalidOperationException($"Cannot start {program}.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within two minutes.");
        }

        return (process.ExitCode, output, error.GetAwaiter().GetResult());
    }

    /// <summary>Runs a program and returns its output, or throws with its error output unless it exits 0.</summary>
    public static string Require(string program, params string[] arguments)
    {
        var (exitCode, output, error) = Run(program, arguments);
        return exitCode == 0 ? output : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)}: exit {exitCode}: {error}");
    }

    /// <summary>How to start a program with redirected output, LC_ALL=C and <paramref name="environment"/> on top.</summary>
    public static ProcessStartInfo StartInfo(
        string program,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null,
        bool redirectInput = false)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
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
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        return startInfo;
    }
}
