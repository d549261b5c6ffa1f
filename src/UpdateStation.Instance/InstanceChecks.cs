namespace UpdateStation.Instance;

/// <summary>The instance's checks: one at a time, started by activations and by a schedule, published when done.</summary>
/// <typeparam name="TPlan">What a check produces besides its summary (the update plan), carried to <see cref="Completed"/>.</typeparam>
/// <remarks>Every member runs on the loop thread but the check function itself, which runs on the thread pool.</remarks>
public sealed class InstanceChecks<TPlan> : IDisposable
    where TPlan : class
{
    private readonly InstanceHost _host;
    private readonly IMainLoop _loop;
    private readonly Func<bool, CancellationToken, Task<CheckResult<TPlan>>> _check;
    private readonly Func<TPlan, byte[]>? _planJson;
    private static readonly TimeSpan s_stopTimeout = TimeSpan.FromSeconds(15);
    private readonly CancellationTokenSource _stopping = new();
    private Task<CheckResult<TPlan>>? _running;

    /// <param name="check">The check; its first argument says whether to refresh the catalogue first.</param>
    /// <param name="planJson">The plan as JSON for plan.json; null publishes no plan.</param>
    public InstanceChecks(InstanceHost host, IMainLoop loop, Func<bool, CancellationToken, Task<CheckResult<TPlan>>> check, Func<TPlan, byte[]>? planJson = null)
    {
        _host = host;
        _loop = loop;
        _check = check;
        _planJson = planJson;
        host.Activated += OnActivation;
    }

    /// <summary>An activation started or joined this check. Raised on the loop thread.</summary>
    public event Action<Task<CheckResult<TPlan>>>? Activated;

    /// <summary>A new check started (not one joined). Raised on the loop thread.</summary>
    public event Action? Started;

    /// <summary>A check completed and its result is published. Raised on the loop thread.</summary>
    public event Action<CheckResult<TPlan>>? Completed;

    /// <summary>
    /// Activations reuse the last check, finished or not, instead of starting a new one: a check-now instance that
    /// has just shown its result answers the check-nows started at the same moment with that result.
    /// </summary>
    public bool ActivationsJoinLastCheck { get; set; }

    /// <summary>Whether a check is in progress.</summary>
    public bool IsRunning => _running is { IsCompleted: false };

    /// <summary>Starts a check, or returns the one in progress: a check is never run twice at once.</summary>
    /// <param name="refresh">Refresh the catalogue first (false re-plans from the catalogue as it is: after a package change).</param>
    public Task<CheckResult<TPlan>> Start(bool refresh = true)
    {
        if (_running is { IsCompleted: false })
        {
            return _running;
        }

        // Published before the check starts (with the acknowledgement, inside an activation), so the
        // acknowledgement does not queue behind the check's start-up work.
        _host.Update(state => state with { Checking = true });
        var check = Task.Run(() => RunAsync(refresh, _stopping.Token));
        _running = check;
        Started?.Invoke();
        check.ContinueWith(t => _loop.Post(() => OnCompleted(t.Result)), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        return check;
    }

    /// <summary>Cancels the running check and waits for it, bounded: its child processes are stopped by the check function.</summary>
    /// <remarks>
    /// Without the wait the process would exit before the cancelled check has stopped its child (SIGTERM, then SIGKILL
    /// after a grace period), leaving it orphaned. A check that ignores cancellation must not hang the exit.
    /// </remarks>
    public void Dispose()
    {
        _host.Activated -= OnActivation;
        _stopping.Cancel();
        try
        {
            _running?.Wait(s_stopTimeout);
        }
        catch (AggregateException)
        {
            // The check's own failure was already reported through its result; stopping is all that matters here.
        }
    }

    private void OnActivation()
    {
        var check = ActivationsJoinLastCheck && _running is not null ? _running : Start();
        Activated?.Invoke(check);
    }

    private void OnCompleted(CheckResult<TPlan> result)
    {
        if (result.Plan is not null && _planJson is not null)
        {
            // The plan first: whoever sees the new lastCheck in the state finds the plan that goes with it.
            _host.PublishPlan(_planJson(result.Plan));
        }

        _host.Update(state => state with { Checking = _running is { IsCompleted: false }, LastCheck = result.Summary });
        Completed?.Invoke(result);
    }

    private async Task<CheckResult<TPlan>> RunAsync(bool refresh, CancellationToken cancellationToken)
    {
        try
        {
            return await _check(refresh, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The check function reports expected failures itself; anything else still must not kill the tray.
            return new CheckResult<TPlan>(new CheckSummary(DateTimeOffset.Now, 0, 0, ex.Message), null);
        }
    }
}
