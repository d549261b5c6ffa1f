using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace UpdateStation.Packages.Processes;

/// <summary>Runs a child process with an argument vector (never a shell), LC_ALL=C, and captured output.</summary>
public static class ProcessRunner
{
    /// <summary>How long a stopped child gets between SIGTERM and SIGKILL.</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(5);

    /// <summary>Runs <paramref name="fileName"/> to completion.</summary>
    /// <param name="fileName">The program; looked up on the child's PATH (<paramref name="environment"/>'s, else ours) when it has no slash.</param>
    /// <param name="arguments">The arguments, each passed as one argv element.</param>
    /// <param name="environment">Variables to set (a null value removes the variable).</param>
    /// <param name="onLine">Called for every line of standard output and standard error as it arrives, with isError set for stderr.</param>
    /// <param name="timeout">The longest the child may run; then it is stopped as on cancellation and this throws. Null: no bound.</param>
    /// <param name="cancellationToken">Cancellation stops the child (see <see cref="StopAsync"/>) before the exception propagates.</param>
    /// <exception cref="BackendException">The program could not be found or started, or it ran longer than <paramref name="timeout"/>.</exception>
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        Action<string, bool>? onLine = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        // Process.Start would look a bare name up on our PATH, not on the PATH this child is given.
        var startInfo = new ProcessStartInfo(ProgramLocator.Resolve(fileName, environment))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["LC_ALL"] = "C";
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
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
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            // The runtime's message names the working directory and the internals; the program and errno are what matter.
            throw new BackendException($"Cannot run '{startInfo.FileName}': {System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(ex.NativeErrorCode)}.", ex);
        }

        process.StandardInput.Close();
        var stdout = PumpAsync(process.StandardOutput, line => onLine?.Invoke(line, false));
        var stderr = PumpAsync(process.StandardError, line => onLine?.Invoke(line, true));
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } limit)
        {
            bound.CancelAfter(limit);
        }

        try
        {
            await process.WaitForExitAsync(bound.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await StopAsync(process).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            throw new BackendException(
                $"'{string.Join(' ', [fileName, .. arguments])}' did not finish within {Describe(timeout!.Value)} and was stopped; a repository may be unreachable or stuck.");
        }

        return new ProcessResult(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    private static async Task<string> PumpAsync(StreamReader reader, Action<string> onLine)
    {
        var all = new StringBuilder();
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            all.Append(line).Append('\n');
            onLine(line);
        }

        return all.ToString();
    }

    /// <summary>
    /// SIGTERM first, so the package manager can release its locks; SIGKILL to the child and its children if it has not
    /// gone after <see cref="GracePeriod"/>; then waits for it, so a stopped check leaves no child behind.
    /// </summary>
    private static async Task StopAsync(Process process)
    {
        try
        {
            Posix.ProcessSignals.TrySend(process.Id, Posix.Signal.SIGTERM);
            using var grace = new CancellationTokenSource(GracePeriod);
            await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            return;
        }
        catch (OperationCanceledException)
        {
            // Still running after the grace period.
        }
        catch (InvalidOperationException)
        {
            return; // It already exited.
        }

        try
        {
            process.Kill(entireProcessTree: true);
            using var reaped = new CancellationTokenSource(GracePeriod);
            await process.WaitForExitAsync(reaped.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            // Gone already, or stuck in the kernel beyond SIGKILL's reach: nothing more we can do.
        }
    }

    private static string Describe(TimeSpan span) => span.TotalMinutes >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0.#} minutes")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.#} seconds");
}
