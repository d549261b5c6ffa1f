using UpdateStation.Desktop.Notifications;
using UpdateStation.Desktop.Tray;

namespace UpdateStation.Desktop;

/// <summary>Connecting, the calls the instance makes, and the way back to the caller's thread.</summary>
public sealed partial class DesktopFace
{
    private static readonly TimeSpan s_withdrawTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Connects to the session bus, exports the item and its menu, registers with the StatusNotifierWatcher when
    /// there is one, and follows the notification server's signals.
    /// </summary>
    /// <returns>The face; null when no session bus is reachable (the reason goes to <see cref="DesktopFaceOptions.Log"/>).</returns>
    public static async Task<DesktopFace?> TryStartAsync(DesktopFaceOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var address = options.BusAddress ?? DBusAddress.Session;
        if (string.IsNullOrEmpty(address))
        {
            return null;
        }

        var connection = new DBusConnection(address);
        try
        {
            await connection.ConnectAsync().AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
            var face = new DesktopFace(connection, options);
            connection.AddMethodHandlers([face._item, face._menu]);
            await connection.RequestNameAsync(face.ItemService, RequestNameOptions.None).ConfigureAwait(false);
            await face._notifier.StartAsync().ConfigureAwait(false);
            if (!await face._registration.StartAsync().ConfigureAwait(false))
            {
                options.Log("no StatusNotifierItem host on the session bus (no org.kde.StatusNotifierWatcher)");
            }

            return face;
        }
        catch (Exception ex) when (ex is DBusExceptionBase or IOException or OperationCanceledException)
        {
            options.Log($"no desktop session bus ({ex.Message}); running without an icon");
            connection.Dispose();
            return null;
        }
    }

    /// <summary>A check started: the tooltip says so; the status stays what the last good check showed.</summary>
    public Task ShowCheckingAsync(CancellationToken cancellationToken = default)
    {
        Change(f => f with { Checking = true });
        return Task.CompletedTask;
    }

    /// <summary>A check produced <paramref name="plan"/>: the icon shows it, and a notification follows if the policy allows.</summary>
    public Task ShowPlanAsync(UpdatePlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Change(f => f with { LastGoodPlan = plan, Checking = false, FailureReason = null });
        return _notifier.ShowPlanAsync(plan, _options.Time.GetUtcNow()).WaitAsync(cancellationToken);
    }

    /// <summary>An automatic run ended: one notification says what it installed, or why it failed.</summary>
    /// <returns>False when no notification could be shown (no server); tell it again later.</returns>
    public Task<bool> TellAutomaticRunAsync(AutomaticRunReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return _notifier.TellAutomaticRunAsync(report).WaitAsync(cancellationToken);
    }

    /// <summary>A check failed: the status of the last good plan stays, the tooltip says why and when the last good one was.</summary>
    public Task ShowCheckFailedAsync(string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Change(f => f with { Checking = false, FailureReason = reason });
        return Task.CompletedTask;
    }

    /// <summary>Completes when the session bus connection ends (the session is over, or its bus died).</summary>
    /// <returns>Why it ended, when known.</returns>
    public Task<Exception?> DisconnectedAsync() => _connection.DisconnectedAsync();

    /// <summary>Withdraws the notification still shown (a bus that answers late is not waited for long), then disconnects.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _notifier.WithdrawAsync().WaitAsync(s_withdrawTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _options.Log("the notification server did not answer; a notification may stay shown");
        }

        _registration.Dispose();
        _notifier.Dispose();
        _connection.Dispose();
    }

    private void Change(Func<TrayFacts, TrayFacts> change)
    {
        lock (_gate)
        {
            _facts = change(_facts);
            _item.Update(TrayAppearanceRules.Compute(_facts, _icons, _options.Time.GetUtcNow(), TimeZoneInfo.Local));
        }
    }

    private void OnHostChanged(bool present)
    {
        if (present)
        {
            _menu.EmitLayoutUpdated();
        }

        _options.Dispatch(() => StatusNotifierHostChanged?.Invoke(present));
    }

    private void Raise(DesktopRequest request) => _options.Dispatch(() =>
    {
        var handler = request switch
        {
            DesktopRequest.ShowWindow => ShowWindowRequested,
            DesktopRequest.CheckNow => CheckRequested,
            _ => QuitRequested,
        };
        handler?.Invoke();
    });
}
