using UpdateStation.Posix;

namespace UpdateStation.Face;

/// <summary>
/// Never stale: re-plans (without a refresh) a few seconds after the installed-package database changed, once the
/// package manager's lock is free, so an upgrade in a terminal reaches the icon and the notifications by itself.
/// </summary>
/// <remarks>
/// FileSystemWatcher on the database's directory, filtered by name: dpkg replaces its status file by rename. It is
/// inotify on Linux and libinotify (over kqueue) on FreeBSD; where it cannot start (an IOException when inotify's or
/// libinotify's limits are reached, PlatformNotSupportedException where .NET has none) the database's inode, size and
/// modification time are compared every second instead. The quiet period absorbs the many writes of one run; while the
/// lock is held or a check runs, it waits again.
/// </remarks>
internal sealed class PackageDatabaseWatch : IDisposable
{
    internal static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);
    internal static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private readonly PackageDatabase _database;
    private readonly Func<bool> _checking;
    private readonly Action _replan;
    private readonly IMainLoop _loop;
    private readonly FileSystemWatcher? _watcher;
    private readonly ITimer? _poll;
    private readonly ITimer _timer;
    private string _seen = "";

    /// <param name="checking">Whether a check runs now (the re-plan then waits).</param>
    /// <param name="replan">Starts a check without a refresh.</param>
    /// <param name="time">The clock of the quiet period and of the comparisons.</param>
    /// <param name="events">Watch the file system's events; false compares the database's status every second from the start.</param>
    internal PackageDatabaseWatch(
        PackageDatabase database, Func<bool> checking, Action replan, IMainLoop loop, TimeProvider time, bool events = true)
    {
        _database = database;
        _checking = checking;
        _replan = replan;
        _loop = loop;
        _timer = time.CreateTimer(_ => _loop.Post(Replan), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = events ? TryWatch(database) : null;
        if (_watcher is null)
        {
            _seen = Snapshot();
            _poll = time.CreateTimer(_ => Poll(), null, PollInterval, PollInterval);
        }
    }

    /// <summary>Watches the database of <paramref name="backendName"/>'s package manager; null (and a log line) when it cannot.</summary>
    public static PackageDatabaseWatch? Start(string? backendName, InstanceChecks<UpdatePlan> checks, IMainLoop loop)
    {
        var database = Find(backendName);
        try
        {
            return database is null
                ? null
                : new PackageDatabaseWatch(database, () => checks.IsRunning, () => _ = checks.Start(refresh: false), loop, TimeProvider.System);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            Log.Info($"cannot watch the package database {database!.File} ({ex.Message}); the icon follows package changes at the next check");
            return null;
        }
    }

    /// <summary>The database of the backend the checks use; null when it cannot be told (the watch is then off).</summary>
    private static PackageDatabase? Find(string? backendName)
    {
        try
        {
            return BackendSelector.Create(backendName).FindDatabaseAsync().GetAwaiter().GetResult();
        }
        catch (BackendException)
        {
            return null;
        }
    }

    /// <summary>File system events on the database's directory, filtered by its name; null (and a log line) where they cannot start.</summary>
    private FileSystemWatcher? TryWatch(PackageDatabase database)
    {
        var watcher = new FileSystemWatcher(Path.GetDirectoryName(database.File)!, Path.GetFileName(database.File))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size,
        };
        watcher.Changed += (_, _) => Arm();
        watcher.Created += (_, _) => Arm();
        watcher.Renamed += (_, _) => Arm();
        try
        {
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or PlatformNotSupportedException)
        {
            watcher.Dispose();
            Log.Info($"cannot watch the package database {database.File} ({ex.Message}); comparing its status every second instead");
            return null;
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _poll?.Dispose();
        _timer.Dispose();
    }

    private void Arm() => _timer.Change(Quiet, Timeout.InfiniteTimeSpan);

    private void Poll()
    {
        var now = Snapshot();
        if (!string.Equals(now, Interlocked.Exchange(ref _seen, now), StringComparison.Ordinal))
        {
            Arm();
        }
    }

    /// <summary>The database's inode, size and modification time: a rename over it or a write in place changes one.</summary>
    private string Snapshot()
    {
        try
        {
            return FileStatus.Read(_database.File) is { } status ? $"{status.Inode}:{status.Size}:{File.GetLastWriteTimeUtc(_database.File).Ticks}" : "-";
        }
        catch (Exception ex) when (ex is PosixException or IOException or UnauthorizedAccessException)
        {
            return "?";
        }
    }

    private void Replan()
    {
        if (_checking() || FlockHolders.IsWriteLocked(_database.LockFile) == true)
        {
            Arm();
            return;
        }

        Log.Info($"the package database changed ({_database.File}); planning again without a refresh");
        _replan();
    }
}
