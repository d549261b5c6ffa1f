using UpdateStation.Desktop.Network;

namespace UpdateStation.Face;

/// <summary>
/// The scheduled checks (first after a delay, then at an interval). Where NetworkManager runs, a check waits until it
/// reports connectivity and, on a metered connection, plans without refreshing the catalogue; checks a person asks
/// for are activations and always refresh. Without NetworkManager the checks run as scheduled.
/// </summary>
internal sealed class AutomaticChecks : IDisposable
{
    internal static readonly TimeSpan OfflineRetry = TimeSpan.FromMinutes(1);
    private readonly Action<bool> _start;
    private readonly IMainLoop _loop;
    private readonly Func<Task<NetworkConditions>> _network;
    private readonly NetworkManagerProxy? _proxy;
    private readonly ITimer _schedule;
    private readonly ITimer _retry;
    private int _asking;
    private bool _saidOffline;

    public AutomaticChecks(InstanceChecks<UpdatePlan> checks, IMainLoop loop, TimeSpan first, TimeSpan interval)
        : this(refresh => _ = checks.Start(refresh), loop, first, interval, network: null, TimeProvider.System)
    {
    }

    /// <param name="start">Starts a check on the loop; its argument says whether to refresh the catalogue first.</param>
    /// <param name="network">The network's conditions now; null asks NetworkManager on the system bus.</param>
    /// <param name="time">The clock of the schedule.</param>
    internal AutomaticChecks(
        Action<bool> start, IMainLoop loop, TimeSpan first, TimeSpan interval, Func<Task<NetworkConditions>>? network, TimeProvider time)
    {
        _start = start;
        _loop = loop;
        if (network is null)
        {
            var proxy = new NetworkManagerProxy();
            _proxy = proxy;
            network = () => proxy.GetConditionsAsync();
        }

        _network = network;
        _retry = time.CreateTimer(_ => Due(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _schedule = time.CreateTimer(_ => Due(), null, first, interval);
    }

    public void Dispose()
    {
        _schedule.Dispose();
        _retry.Dispose();
        _proxy?.Dispose();
    }

    /// <summary>What a scheduled check does on <paramref name="network"/>: null, wait for connectivity; else whether to refresh the catalogue first (not on a metered connection).</summary>
    internal static bool? Refresh(NetworkConditions network) => network.Connected ? !network.Metered : null;

    /// <summary>On a timer thread: ask NetworkManager (one question at a time), then start the check on the loop.</summary>
    private void Due()
    {
        if (Interlocked.Exchange(ref _asking, 1) == 1)
        {
            return;
        }

        _ = AskAsync();
    }

    private async Task AskAsync()
    {
        try
        {
            var network = await _network().ConfigureAwait(false);
            _loop.Post(() => Start(network));
        }
        finally
        {
            Volatile.Write(ref _asking, 0);
        }
    }

    private void Start(NetworkConditions network)
    {
        if (Refresh(network) is not { } refresh)
        {
            if (!_saidOffline)
            {
                Log.Info("NetworkManager reports no connectivity; the scheduled check waits for it");
                _saidOffline = true;
            }

            _retry.Change(OfflineRetry, Timeout.InfiniteTimeSpan);
            return;
        }

        _saidOffline = false;
        if (!refresh)
        {
            Log.Info("the connection is metered: the scheduled check plans from the catalogue as it is, without a refresh");
        }

        _start(refresh);
    }
}
