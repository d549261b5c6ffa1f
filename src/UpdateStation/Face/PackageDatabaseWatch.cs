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
    private static readonly TimeSpan s_quiet = TimeSpan.FromSeconds(3);
    private readonly PackageDatabase _database;
    private readonly InstanceChecks<UpdatePlan> _checks;
    private readonly IMainLoop _loop;
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromSeconds(1);
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer? _poll;
    private readonly Timer _timer;
    private string _seen = "";

    private PackageDatabaseWatch(PackageDatabase database, InstanceChecks<UpdatePlan> checks, IMainLoop loop)
    {
        _database = database;
        _checks = checks;
        _loop = loop;
        _timer = new Timer(_ => _loop.Post(Replan));
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
            _watcher = watcher;
        }
        catch (Exception ex) when (ex is IOException or PlatformNotSupportedException)
        {
            watcher.Dispose();
            Log.Info($"cannot watch the package database {database.File} ({ex.Message}); comparing its status every second instead");
            _seen = Snapshot();
            _poll = new Timer(_ => Poll(), null, s_pollInterval, s_pollInterval);
        }
    }

    /// <summary>Watches the database of <paramref name="backendName"/>'s package manager; null (and a log line) when it cannot.</summary>
    public static PackageDatabaseWatch? Start(string? backendName, InstanceChecks<UpdatePlan> checks, IMainLoop loop)
    {
        var database = Find(backendName);
        try
        {
            return database is null ? null : new PackageDatabaseWatch(database, checks, loop);
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

    public void Dispose()
    {
        _watcher?.Dispose();
        _poll?.Dispose();
        _timer.Dispose();
    }

    private void Arm() => _timer.Change(s_quiet, Timeout.InfiniteTimeSpan);

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
        if (_checks.IsRunning || FlockHolders.IsWriteLocked(_database.LockFile) == true)
        {
            Arm();
            return;
        }

        Log.Info($"the package database changed ({_database.File}); planning again without a refresh");
        _checks.Start(refresh: false);
    }
}
