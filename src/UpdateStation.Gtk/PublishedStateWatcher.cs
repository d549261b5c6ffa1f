namespace UpdateStation.Gtk;

/// <summary>Follows instance.json and plan.json and posts one reload per burst of changes.</summary>
/// <remarks>
/// The instance replaces each file by renaming a temporary one over it, so a change arrives as a rename (or a
/// creation); a burst of events before the loop gets to the reload coalesces into that one reload. FileSystemWatcher:
/// inotify on Linux, libinotify (over kqueue) on FreeBSD. Where it cannot start (PlatformNotSupportedException where
/// .NET has none; IOException when inotify's or libinotify's limits are reached or kqueue refuses) the two files' status
/// (inode, size, modification time) is compared every <see cref="PollInterval"/> instead.
/// </remarks>
internal sealed class PublishedStateWatcher : IDisposable
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private readonly string[] _files;
    private readonly HashSet<string> _names;
    private readonly IMainLoop _loop;
    private readonly Action _reload;
    private readonly Action<FileSystemWatcher> _enable;
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer? _poll;
    private string _seen = "";
    private int _pending;

    /// <param name="poll">Poll even where FileSystemWatcher works (for tests).</param>
    /// <param name="enable">Starts the watcher (for tests: one that fails as libinotify can); default EnableRaisingEvents = true.</param>
    public PublishedStateWatcher(RuntimeDirectory directory, IMainLoop loop, Action reload, bool poll = false, Action<FileSystemWatcher>? enable = null)
    {
        _loop = loop;
        _reload = reload;
        _enable = enable ?? (watcher => watcher.EnableRaisingEvents = true);
        _files = [directory.StateFile, directory.PlanFile];
        _names = [.. _files.Select(Path.GetFileName).OfType<string>()];
        _watcher = poll ? null : TryWatch(directory.Path);
        if (_watcher is null)
        {
            _seen = Snapshot();
            _poll = new Timer(_ => Poll(), null, PollInterval, PollInterval);
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _poll?.Dispose();
    }

    private FileSystemWatcher? TryWatch(string path)
    {
        var watcher = new FileSystemWatcher(path) { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite, IncludeSubdirectories = false };
        watcher.Created += OnChanged;
        watcher.Changed += OnChanged;
        watcher.Deleted += OnChanged;
        watcher.Renamed += OnChanged;
        try
        {
            _enable(watcher);
            return watcher;
        }
        catch (Exception ex) when (ex is PlatformNotSupportedException or IOException)
        {
            watcher.Dispose();
            return null;
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (_names.Contains(e.Name ?? ""))
        {
            PostReload();
        }
    }

    private void Poll()
    {
        var now = Snapshot();
        if (!string.Equals(now, Interlocked.Exchange(ref _seen, now), StringComparison.Ordinal))
        {
            PostReload();
        }
    }

    /// <summary>Each file's inode, size and modification time: a rename over it changes at least the inode and time.</summary>
    private string Snapshot() => string.Join('|', _files.Select(file =>
    {
        try
        {
            return FileStatus.Read(file) is { } status ? $"{status.Inode}:{status.Size}:{File.GetLastWriteTimeUtc(file).Ticks}" : "-";
        }
        catch (Exception ex) when (ex is PosixException or IOException or UnauthorizedAccessException)
        {
            return "?";
        }
    }));

    private void PostReload()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _loop.Post(() =>
            {
                Volatile.Write(ref _pending, 0);
                _reload();
            });
        }
    }
}
