namespace UpdateStation.Desktop.Notifications;

/// <summary>Carries out the policy's decisions on the notification server and keeps its memory on disk.</summary>
/// <remarks>
/// A server may be missing or lack actions: that is logged once, and the icon and window still tell everything.
/// Calls are serialised; the signal handlers touch only the memory, under <see cref="_gate"/>.
/// </remarks>
internal sealed class DesktopNotifier(
    NotificationsProxy proxy, NotificationMemoryStore store, NotificationSettings settings, string icon,
    Action<DesktopRequest> request, Action<string> log) : IDisposable
{
    public const string AppName = "Update Station";
    public const string DesktopEntry = "org.updatestation.UpdateStation";

    /// <summary>Routine news: critical would stay until dismissed (the spec says servers never expire it); security says so in the summary.</summary>
    private const byte NormalUrgency = 1;

    /// <summary>
    /// The server's timeout for a normal notification (dunst and xfce4-notifyd: 10 s; Plasma: by the text's length), which the
    /// user may have set longer to read it, rather than ours: the icon keeps telling after it expires, and the window lists all.
    /// </summary>
    private const int ServerDefaultTimeout = -1;
    private const string ActionsCapability = "actions";

    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Lock _gate = new();
    private readonly List<IDisposable> _subscriptions = [];
    private NotificationMemory _memory = store.Load();
    private string[]? _capabilities;
    private bool _serverMissingLogged;
    private bool _noActionsLogged;
    private bool _saveFailedLogged;

    public NotificationMemory Memory
    {
        get
        {
            lock (_gate)
            {
                return _memory;
            }
        }
    }

    /// <summary>Follows ActionInvoked (either action opens the window) and NotificationClosed (forget a shown id).</summary>
    public async Task StartAsync()
    {
        _subscriptions.Add(await proxy.WatchActionInvokedAsync(OnActionInvoked).ConfigureAwait(false));
        _subscriptions.Add(await proxy.WatchNotificationClosedAsync(OnClosed).ConfigureAwait(false));
    }

    /// <summary>Decides on <paramref name="plan"/> and notifies, withdraws or does nothing.</summary>
    public async Task ShowPlanAsync(UpdatePlan plan, DateTimeOffset now)
    {
        await _turn.WaitAsync().ConfigureAwait(false);
        try
        {
            var decision = NotificationPolicy.Decide(plan, Memory, now, settings);
            var memory = decision.Memory;
            if (decision.Action == NotificationAction.Notify)
            {
                var id = await TryNotifyAsync(markup => NotificationContent.For(plan, markup), Memory.ShownId ?? 0, withActions: true).ConfigureAwait(false);
                if (id is null)
                {
                    return; // Nothing was shown: the same updates stay new for the next check.
                }

                memory = memory with { ShownId = id };
            }
            else if (decision.Action == NotificationAction.Withdraw && Memory.ShownId is { } shown)
            {
                await TryCloseAsync(shown).ConfigureAwait(false);
            }

            Keep(memory);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Tells of an automatic run: a notification of its own, beside (never replacing) the updates' one.</summary>
    /// <returns>False when nothing could be shown (no server): it is told at a later try. With `notifications = "none"`, true.</returns>
    public async Task<bool> TellAutomaticRunAsync(AutomaticRunReport report)
    {
        if (settings.Level == NotificationLevel.None)
        {
            return true; // The user wants none; the window's History lists the run.
        }

        await _turn.WaitAsync().ConfigureAwait(false);
        try
        {
            return await TryNotifyAsync(markup => AutomaticRunContent.For(report, markup), 0, withActions: false).ConfigureAwait(false) is not null;
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Withdraws the notification still shown, if any (the tray stops: nobody is left to open the window it offers).</summary>
    /// <remarks>What was notified stays known: the same updates are not told again after a restart.</remarks>
    public async Task WithdrawAsync()
    {
        await _turn.WaitAsync().ConfigureAwait(false);
        try
        {
            if (Memory.ShownId is { } shown)
            {
                await TryCloseAsync(shown).ConfigureAwait(false);
                Keep(Memory with { ShownId = null });
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task<uint?> TryNotifyAsync(Func<bool, NotificationContent> contentFor, uint replacesId, bool withActions)
    {
        try
        {
            _capabilities ??= await proxy.GetCapabilitiesAsync().ConfigureAwait(false);
            if (!_capabilities.Contains(ActionsCapability))
            {
                LogOnce(ref _noActionsLogged, "the notification server has no actions: open the window from the icon or with check-now");
            }

            var content = contentFor(_capabilities.Contains("body-markup"));
            return await proxy.NotifyAsync(
                AppName, replacesId, icon, content.Summary, content.Body,
                withActions ? ["default", Catalog.T("Show Updates"), "show", Catalog.T("Show Updates")] : [], DesktopEntry,
                NormalUrgency, ServerDefaultTimeout).ConfigureAwait(false);
        }
        catch (DBusExceptionBase ex)
        {
            // No server (ServiceUnknown), a server that failed, or a bus that went away: the icon still tells.
            _capabilities = null;
            var reason = ex is DBusErrorReplyException reply ? reply.ErrorMessage : ex.Message;
            LogOnce(ref _serverMissingLogged, $"no notification shown ({reason}); the icon still shows the updates");
            return null;
        }
    }

    private async Task TryCloseAsync(uint id)
    {
        try
        {
            await proxy.CloseNotificationAsync(id).ConfigureAwait(false);
        }
        catch (DBusExceptionBase)
        {
            // Gone already (dismissed, expired, or a server restarted since): nothing is shown, which is the point.
        }
    }

    private void OnActionInvoked((uint Id, string Key) action)
    {
        if (action.Id == Memory.ShownId && action.Key is "default" or "show")
        {
            request(DesktopRequest.ShowWindow);
        }
    }

    private void OnClosed((uint Id, uint Reason) closed)
    {
        lock (_gate)
        {
            if (_memory.ShownId == closed.Id)
            {
                Keep(_memory with { ShownId = null });
            }
        }
    }

    private void Keep(NotificationMemory memory)
    {
        lock (_gate)
        {
            _memory = memory;
            try
            {
                store.Save(memory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Posix.PosixException)
            {
                LogOnce(ref _saveFailedLogged, $"cannot keep what was notified in {store.Path}: {ex.Message}");
            }
        }
    }

    private void LogOnce(ref bool logged, string message)
    {
        if (!logged)
        {
            logged = true;
            log(message);
        }
    }

    public void Dispose()
    {
        _subscriptions.ForEach(s => s.Dispose());
        _turn.Dispose();
    }
}
