using System.Collections;
using System.Text;
using UpdateStation.Posix;

namespace UpdateStation.Packages.Processes;

/// <summary>Runs a package manager that must finish whatever happens to us: detached, writing into the run log, which we follow.</summary>
/// <remarks>
/// The child runs in a session of its own with stdin on /dev/null and stdout and stderr appended to the
/// <see cref="RunLog"/> (<see cref="DetachedProcess"/>). We read the log as it grows and hand each line on; there is no
/// cancellation: once started, the child runs to its end, and if we die it still does, writing its output to the log.
/// </remarks>
public static class DetachedRunner
{
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs <paramref name="fileName"/> to its end, passing every line of its output to <paramref name="onLine"/>.</summary>
    /// <param name="log">The run log the child writes to.</param>
    /// <param name="fileName">The program; looked up on the child's PATH (else ours) when it has no slash.</param>
    /// <param name="arguments">Its arguments, each one argv element.</param>
    /// <param name="environment">Variables to set for it (null removes one); LC_ALL=C is always set.</param>
    /// <param name="onLine">Called with each line of its output, on a pool thread, in order.</param>
    /// <param name="statusDescriptor">A further descriptor of the child's that writes into the log (see <see cref="DetachedProcess.Start"/>).</param>
    /// <returns>Its exit status and its whole output (as <see cref="ProcessResult.StandardOutput"/>).</returns>
    /// <exception cref="BackendException">The program cannot be found or started.</exception>
    public static async Task<ProcessResult> RunAsync(
        RunLog log,
        string fileName,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string?>? environment,
        Action<string> onLine,
        int? statusDescriptor = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(onLine);
        var path = ProgramLocator.Resolve(fileName, environment);
        if (!path.Contains('/', StringComparison.Ordinal))
        {
            path = ProgramLocator.Find(path) ?? throw new BackendException($"Cannot run '{fileName}': it is in no directory of PATH.");
        }

        var commandLine = string.Join(' ', [fileName, .. arguments]);
        log.Write($"running {commandLine}");
        var output = new StringBuilder();
        void Take(string line)
        {
            output.Append(line).Append('\n');
            onLine(line);
        }

        using var follower = new LogFollower(log.Path);
        DetachedProcess child;
        using (var childOutput = log.OpenForChild())
        {
            try
            {
                child = DetachedProcess.Start(path, arguments, Environment(environment), childOutput.Descriptor, statusDescriptor);
            }
            catch (PosixException ex)
            {
                throw new BackendException($"Cannot run '{path}': {ErrnoText.Strerror(ex.Errno)}.", ex);
            }
        }

        ExitStatus exit;
        while (!child.TryGetExit(out exit))
        {
            if (!follower.ReadNew(Take))
            {
                await Task.Delay(s_pollInterval).ConfigureAwait(false);
            }
        }

        follower.ReadNew(Take);
        follower.Flush(Take);
        log.Write(exit.Signal is { } signal
            ? $"{fileName} was killed by signal {signal}"
            : $"{fileName} exited with status {exit.ExitCode}");
        return new ProcessResult(exit.ExitCode, output.ToString(), "");
    }

    private static List<string> Environment(IReadOnlyDictionary<string, string?>? overrides)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = (string?)entry.Value ?? "";
        }

        variables["LC_ALL"] = "C";
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                variables.Remove(name);
            }
            else
            {
                variables[name] = value;
            }
        }

        return [.. variables.Select(v => $"{v.Key}={v.Value}")];
    }
}
