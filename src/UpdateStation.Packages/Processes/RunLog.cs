using System.Globalization;
using UpdateStation.Posix;

namespace UpdateStation.Packages.Processes;

/// <summary>
/// The log of upgrade runs, appended to a file that outlives us: our own lines (times, the plan, the result) and the
/// package manager's whole output, which it writes there itself (see <see cref="DetachedRunner"/>).
/// </summary>
/// <remarks>
/// Each of our lines is `TIME SOURCE: TEXT`, one write(2) to a file opened O_APPEND, so it never tears a line of the
/// package manager's: SOURCE is `update-station` for the backend's lines, `update-station-helper[PID]` for the root
/// helper's (<see cref="ForHelper"/>). The log takes no lock: anyone may read it (0644), and flock works on a read-only
/// descriptor, so a lock on it would be anyone's to hold. What keeps two upgrades apart is the helper's busy lock
/// (Upgrade's BusyLock), root's alone.
/// </remarks>
public sealed class RunLog : IDisposable
{
    /// <summary>Where root's upgrades log when nothing else is configured.</summary>
    public const string DefaultPath = "/var/log/update-station.log";

    private const UnixFileMode Mode = (UnixFileMode)0b110_100_100; // 0644: root writes, everyone may read.

    /// <summary>Open for the whole run; null when each line opens the file itself.</summary>
    private readonly AppendOnlyFile? _file;
    private readonly string _source;

    private RunLog(string path, AppendOnlyFile? file, string source)
    {
        Path = path;
        _file = file;
        _source = source;
    }

    public string Path { get; }

    /// <summary>Opens (creating) the log at <paramref name="path"/> for appending, for the whole of a backend's run.</summary>
    /// <exception cref="BackendException">The log cannot be opened.</exception>
    public static RunLog Open(string path)
    {
        try
        {
            return new RunLog(path, AppendOnlyFile.Open(path, Mode), "update-station");
        }
        catch (PosixException ex)
        {
            throw new BackendException($"Cannot open the upgrade log '{path}': {ErrnoText.Strerror(ex.Errno)}.", ex);
        }
    }

    /// <summary>The root helper's own lines: each appended through a descriptor of its own, so nothing stays open and a log that cannot be opened loses a line, never the run.</summary>
    public static RunLog ForHelper(string path) => new(path, null, $"update-station-helper[{Environment.ProcessId}]");

    /// <summary>Appends one line with the time; a failure to write (a full disk) never stops the run.</summary>
    public void Write(string line)
    {
        var text = $"{DateTimeOffset.Now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)} {_source}: {line}\n";
        try
        {
            if (_file is not null)
            {
                _file.Append(text);
                return;
            }

            using var file = AppendOnlyFile.Open(Path, Mode);
            file.Append(text);
        }
        catch (PosixException)
        {
            // The log is a record, not a precondition: the package manager's run matters more.
        }
    }

    /// <summary>A new descriptor for a child's output: another open file description, opened as ours is.</summary>
    internal AppendOnlyFile OpenForChild() => AppendOnlyFile.Open(Path, Mode);

    public void Dispose() => _file?.Dispose();
}
