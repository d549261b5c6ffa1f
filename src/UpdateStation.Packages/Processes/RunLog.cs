using System.Globalization;
using UpdateStation.Posix;

namespace UpdateStation.Packages.Processes;

/// <summary>
/// The log of one upgrade run, appended to a file that outlives us: our own lines (times, the plan, the result) and the
/// package manager's whole output, which it writes there itself (see <see cref="DetachedRunner"/>).
/// </summary>
/// <remarks>
/// The log takes no lock: anyone may read it (0644), and flock works on a read-only descriptor, so a lock on it would
/// be anyone's to hold. What keeps two upgrades apart is the helper's busy lock (Upgrade's BusyLock), root's alone.
/// </remarks>
public sealed class RunLog : IDisposable
{
    /// <summary>Where root's upgrades log when nothing else is configured.</summary>
    public const string DefaultPath = "/var/log/update-station.log";

    private const UnixFileMode Mode = (UnixFileMode)0b110_100_100; // 0644: root writes, everyone may read.

    private readonly AppendOnlyFile _file;

    private RunLog(AppendOnlyFile file) => _file = file;

    public string Path => _file.Path;

    /// <summary>Opens (creating) the log at <paramref name="path"/> for appending.</summary>
    /// <exception cref="BackendException">The log cannot be opened.</exception>
    public static RunLog Open(string path)
    {
        try
        {
            return new RunLog(AppendOnlyFile.Open(path, Mode));
        }
        catch (PosixException ex)
        {
            throw new BackendException($"Cannot open the upgrade log '{path}': {System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(ex.Errno)}.", ex);
        }
    }

    /// <summary>Appends one line with the time; a failure to write (a full disk) never stops the run.</summary>
    public void Write(string line)
    {
        var stamp = DateTimeOffset.Now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        try
        {
            _file.Append($"{stamp} update-station: {line}\n");
        }
        catch (PosixException)
        {
            // The log is a record, not a precondition: the package manager's run matters more.
        }
    }

    /// <summary>A new descriptor for a child's output: another open file description, opened as ours is.</summary>
    internal AppendOnlyFile OpenForChild() => AppendOnlyFile.Open(Path, Mode);

    public void Dispose() => _file.Dispose();
}
