using System.Diagnostics;

namespace UpdateStation.Tests.Shared;

public sealed partial class PkgWorld
{
    /// <summary>
    /// Holds pkg's database lock the way a running pkg does: `pkg delete NAME` takes the exclusive lock and waits at its
    /// "Proceed with deinstalling packages? [y/N]" prompt until the holder is disposed (stdin closes: "no", nothing changes).
    /// </summary>
    public async Task<IAsyncDisposable> HoldDatabaseLockAsync(string installedPackage, CancellationToken cancellationToken)
    {
        var process = Process.Start(StartInfo(PkgPath, [.. RootArguments, "delete", installedPackage], Environment, redirectInput: true))
            ?? throw new InvalidOperationException("Cannot start pkg.");
        var holder = new PkgLockHolder(process);
        await holder.WaitForPromptAsync(cancellationToken).ConfigureAwait(false);
        return holder;
    }

    /// <summary>Runs a program (an argument vector, no shell) with LC_ALL=C, waiting up to two minutes.</summary>
    public static (int ExitCode, string Output, string Error) Run(
        string program, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var process = Process.Start(StartInfo(program, arguments, environment, redirectInput: false))
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

    private static ProcessStartInfo StartInfo(
        string program, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment, bool redirectInput)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
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

        return startInfo;
    }
}
