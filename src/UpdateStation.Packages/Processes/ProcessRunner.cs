using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using UpdateStation.Posix;

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
    /// <param name="timeout">The longest the child may run; then it is stopped as on cancellation and this throws. Null: no bound.</param>
    /// <param name="cancellationToken">Cancellation stops the child (see <see cref="StopAsync"/>) before the exception propagates.</param>
    /// <param name="outputLimit">
    /// The most bytes of standard output kept; at the limit the child is stopped as on cancellation and the result holds
    /// the whole lines read so far with <see cref="ProcessResult.OutputCut"/> set. Null: no bound.
    /// </param>
    /// <exception cref="BackendException">The program could not be found or started, or it ran longer than <paramref name="timeout"/>.</exception>
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null,
        int? outputLimit = null,
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
            throw new BackendException($"Cannot run '{startInfo.FileName}': {ErrnoText.Strerror(ex.NativeErrorCode)}.", ex);
        }

        process.StandardInput.Close();
        using var full = new CancellationTokenSource();
        var stdout = ReadAllAsync(process.StandardOutput.BaseStream, outputLimit, full);
        var stderr = ReadAllAsync(process.StandardError.BaseStream, null, null);
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, full.Token);
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
            if (full.IsCancellationRequested)
            {
                return await CutAsync(process, stdout, stderr).ConfigureAwait(false);
            }

            throw new BackendException(
                $"'{string.Join(' ', [fileName, .. arguments])}' did not finish within {Describe(timeout!.Value)} and was stopped; a repository may be unreachable or stuck.");
        }

        return full.IsCancellationRequested
            ? await CutAsync(process, stdout, stderr).ConfigureAwait(false)
            : new ProcessResult(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    /// <summary>The result of a child stopped at its output limit.</summary>
    /// <remarks>
    /// A grandchild may still write to the pipe (`apt-get changelog` leaves its `cat` behind when stopped): closing our
    /// end gives it EPIPE, so it ends and lets go of standard error too, whose end the result waits for.
    /// </remarks>
    private static async Task<ProcessResult> CutAsync(Process process, Task<string> stdout, Task<string> stderr)
    {
        var start = await stdout.ConfigureAwait(false);
        process.StandardOutput.BaseStream.Dispose();
        return new ProcessResult(process.HasExited ? process.ExitCode : -1, start, await stderr.ConfigureAwait(false)) { OutputCut = true };
    }

    /// <summary>A stream's whole text, every line ending in '\n' (also the last; "\r\n" and "\r" end lines too).</summary>
    /// <remarks>
    /// Blocking reads of up to a pipe's capacity on a thread of its own, decoded once at the end. apt-get writes each
    /// line on its own (4,000 writes for a plan of 2,000 packages): reading each as it came, one ReadLineAsync at a
    /// time through the socket engine and a pool thread, was most of the check's own CPU. After a short read the
    /// thread pauses 1 ms so that the pipe gathers what follows; at the end that costs at most the 1 ms.
    /// </remarks>
    /// <param name="limit">The most bytes kept: past it the reading stops, <paramref name="full"/> is cancelled, and the
    /// text ends at the last whole line within the limit.</param>
    private static Task<string> ReadAllAsync(Stream stream, int? limit, CancellationTokenSource? full) =>
        Task.Factory.StartNew(() => ReadAll(stream, limit, full), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static string ReadAll(Stream stream, int? limit, CancellationTokenSource? full)
    {
        const int Block = 64 * 1024;
        var bytes = new ArrayBufferWriter<byte>(Block);
        int read;
        while ((read = stream.Read(bytes.GetSpan(Block))) > 0)
        {
            bytes.Advance(read);
            if (bytes.WrittenCount > limit)
            {
                full!.Cancel();
                var kept = bytes.WrittenSpan[..limit.Value];
                return Lines(kept[..(kept.LastIndexOf((byte)'\n') + 1)]);
            }

            if (read < Block / 4)
            {
                Thread.Sleep(1);
            }
        }

        return Lines(bytes.WrittenSpan);
    }

    /// <summary>The text as line-by-line reading gives it: a UTF-8 byte order mark dropped, lines ending in '\n'.</summary>
    internal static string Lines(ReadOnlySpan<byte> utf8)
    {
        var text = Encoding.UTF8.GetString(utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8);
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        return text.Length == 0 || text.EndsWith('\n') ? text : text + "\n";
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
