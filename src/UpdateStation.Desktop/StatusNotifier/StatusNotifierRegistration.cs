namespace UpdateStation.Desktop.StatusNotifier;

/// <summary>Keeps the item registered with whichever StatusNotifierWatcher owns the name, and says whether one does.</summary>
/// <remarks>
/// The watcher lives in the panel: when the panel restarts, the name gets a new owner that knows no items, so the item
/// registers again. With no watcher there is no StatusNotifierItem host (an XEmbed-only panel, or GNOME without the
/// AppIndicator extension); <see cref="HostChanged"/> lets the caller start a legacy icon until one appears.
/// </remarks>
internal sealed class StatusNotifierRegistration(
    StatusNotifierWatcherProxy watcher, string itemService, Action<bool> hostChanged, Action<string> log) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private IDisposable? _subscription;
    private int _registered = -1;

    /// <summary>Whether the item is registered with a watcher now.</summary>
    public bool IsRegistered => Volatile.Read(ref _registered) == 1;

    /// <summary>Follows the watcher's name, then registers when it has an owner; returns whether the item is registered.</summary>
    public async Task<bool> StartAsync()
    {
        // Subscribe first, then ask: an owner that appears between the two is seen by the subscription.
        _subscription = await watcher.WatchOwnerAsync(owner => _ = RefreshAsync(owner.Length > 0)).ConfigureAwait(false);
        await RefreshAsync(await watcher.IsPresentAsync().ConfigureAwait(false)).ConfigureAwait(false);
        return IsRegistered;
    }

    /// <summary>Registers with the watcher that is there now, if any, and reports a change of host.</summary>
    private async Task RefreshAsync(bool watcherPresent)
    {
        await _turn.WaitAsync().ConfigureAwait(false);
        try
        {
            var registered = watcherPresent && await TryRegisterAsync().ConfigureAwait(false);
            if (Interlocked.Exchange(ref _registered, registered ? 1 : 0) != (registered ? 1 : 0))
            {
                hostChanged(registered);
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task<bool> TryRegisterAsync()
    {
        try
        {
            await watcher.RegisterItemAsync(itemService).ConfigureAwait(false);
            return true;
        }
        catch (DBusExceptionBase ex)
        {
            // The owner may have gone between NameOwnerChanged and the call; its successor's owner change calls again.
            log($"the StatusNotifierWatcher did not take the icon: {(ex is DBusErrorReplyException reply ? reply.ErrorMessage : ex.Message)}");
            return false;
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _turn.Dispose();
    }
}
