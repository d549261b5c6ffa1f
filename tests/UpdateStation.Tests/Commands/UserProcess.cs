using UpdateStation.Tests.Plumbing;

namespace UpdateStation.Tests.Commands;

/// <summary>Runs the published binary as another user (setpriv), in a chosen directory, with variables set or removed.</summary>
internal static class UserProcess
{
    /// <param name="environment">Variables to set; a null value removes the variable.</param>
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(
        UnixUser user, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment, string workingDirectory, CancellationToken cancellationToken) =>
        RunAsync(user, arguments, environment, workingDirectory, umask: null, cancellationToken);

    /// <param name="umask">The file creation mask to run under ("0777"); null keeps the test's.</param>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        UnixUser user, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment, string workingDirectory, string? umask, CancellationToken cancellationToken)
    {
        // A umask is set by a shell that then execs setpriv, which keeps it (the test process's own is shared by its threads).
        IReadOnlyList<string> launcher = umask is null ? ["setpriv"] : ["sh", "-c", $"umask {umask} && exec \"$0\" \"$@\"", "setpriv"];
        var start = new ProcessStartInfo(launcher[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in (IEnumerable<string>)[.. launcher.Skip(1), .. user.SetprivPrefix.Skip(1), StationBinary.Path, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LC_ALL"] = "C";
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
