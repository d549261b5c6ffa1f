using UpdateStation.Gtk.Content;

namespace UpdateStation.Gtk;

/// <summary>
/// The selected update's changelog: fetched from the plan's backend off the GTK thread, cached per (name, version), shown
/// through a callback on the GTK thread; a later request (or <see cref="Cancel"/>) cancels the one before.
/// </summary>
internal sealed class ChangelogSource : IDisposable
{
    private readonly Dictionary<(string Name, string? Version), string> _cache = [];
    private readonly Dictionary<string, IPackageBackend> _backends = new(StringComparer.Ordinal);
    private CancellationTokenSource? _current;

    /// <summary>Shows the changelog of <paramref name="change"/> through <paramref name="show"/>: "Loading changelog…" first unless cached.</summary>
    public void Request(string? backendName, PackageChange change, Action<string?> show)
    {
        Debug.Assert(GtkThread.IsCurrent);
        Cancel();
        var key = (change.Name, change.NewVersion ?? change.CurrentVersion);
        if (_cache.TryGetValue(key, out var cached))
        {
            show(cached);
            return;
        }

        IPackageBackend backend;
        try
        {
            backend = Backend(backendName);
        }
        catch (BackendException ex)
        {
            show(ChangelogText.Failed(ex.Message));
            return;
        }

        show(ChangelogText.Loading);
        var current = _current = new CancellationTokenSource();
        var token = current.Token;
        Task.Run(() => backend.ChangelogAsync(change, token), token).ContinueWith(
            fetched => GLibCallbacks.Idle(() =>
            {
                if (token.IsCancellationRequested)
                {
                    return; // A later selection's changelog is (or will be) on screen.
                }

                var text = fetched.IsCompletedSuccessfully
                    ? ChangelogText.Of(fetched.Result)
                    : ChangelogText.Failed(fetched.Exception?.InnerException?.Message ?? "cancelled");
                if (fetched.IsCompletedSuccessfully)
                {
                    _cache[key] = text;
                }

                show(text);
            }),
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);
    }

    /// <summary>Stops waiting for the changelog asked last; what it returns is dropped.</summary>
    public void Cancel()
    {
        var current = Interlocked.Exchange(ref _current, null);
        current?.Cancel();
        current?.Dispose();
    }

    public void Dispose() => Cancel();

    private IPackageBackend Backend(string? name)
    {
        var key = name ?? "";
        if (!_backends.TryGetValue(key, out var backend))
        {
            backend = _backends[key] = BackendSelector.Create(string.IsNullOrEmpty(name) ? null : name);
        }

        return backend;
    }
}
