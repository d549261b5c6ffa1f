using System.Diagnostics;

namespace UpdateStation.Tests.Plumbing;

/// <summary>Runs a program on a pseudo-terminal (util-linux `script`), so that its standard streams are a terminal.</summary>
/// <remarks>
/// `script -c` hands its command to the shell: tests only, and the command is built from fixed paths and arguments,
/// each single-quoted. Without an outer terminal the pseudo-terminal reports no size, so the program falls back to
/// 80 columns. What the program writes comes back as the terminal got it: "\r\n" line ends, escape sequences included.
/// </remarks>
internal static class PseudoTerminal
{
    public static async Task<(int ExitCode, string Output)> RunAsync(
        IReadOnlyList<string> argv, IReadOnlyDictionary<string, string> environment, string input, CancellationToken cancellationToken)
    {
        var command = string.Join(' ', argv.Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-q", "-f", "-e", "-E", "never", "-c", "exec " + command, "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        // A terminal of the usual kind, colour allowed: the runner itself may have NO_COLOR set (xunit's -noColor does).
        start.Environment["TERM"] = "xterm";
        start.Environment.Remove("NO_COLOR");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        await process.StandardInput.FlushAsync(cancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        process.StandardInput.Close();
        return (process.ExitCode, await output + await error);
    }
}
