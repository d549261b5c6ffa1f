namespace UpdateStation.Gtk;

/// <summary>Follows instance.json and plan.json through inotify (FileSystemWatcher) and posts one reload per burst.</summary>
/// <remarks>
/// The instance replaces each file by renaming a temporary one over it, so a change arrives as a rename (or a
/// creation); a burst of events before the loop gets to the reload coalesces into that one reload.
/// </remarks>
internal sealed class PublishedStateWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly HashSet<string> _names;
    private readonly IMainLoop _loop;
    private readonly Action _reload;
    private int _pending;

    public PublishedStateWatcher(RuntimeDirectory directory, IMainLoop loop, Action reload)
    {
        _loop = loop;
        _reload = reload;
        _names = [Path.GetFileName(directory.StateFile), Path.GetFileName(directory.PlanFile)];
        _watcher = new FileSystemWatcher(directory.Path)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite,
            IncludeSubdirectories = false,
        };
        _watcher.Created += OnChanged;
        _watcher.Changed += OnChanged;
        _watcher.Deleted += OnChanged;
        _watcher.Renamed += OnChanged;
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose() => _watcher.Dispose();

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (_names.Contains(e.Name ?? "") && Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _loop.Post(() =>
            {
                Volatile.Write(ref _pending, 0);
                _reload();
            });
        }
    }
}
