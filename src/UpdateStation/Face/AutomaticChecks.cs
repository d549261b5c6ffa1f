using UpdateStation.Desktop.Network;

namespace UpdateStation.Face;

/// <summary>
/// The scheduled checks (first after a delay, then at an interval). Where NetworkManager runs, a check waits until it
/// reports connectivity and, on a metered connection, plans without refreshing the catalogue; checks a person asks
/// for are activations and always refresh. Without NetworkManager the checks run as scheduled.
/// </summary>
internal sealed class AutomaticChecks : IDisposable
{
    private static readonly TimeSpan s_offlineRetry = TimeSpan.FromMinutes(1);
    private readonly InstanceChecks<UpdatePlan> _checks;
    private readonly IMainLoop _loop;
    private readonly NetworkManagerProxy _network = new();
    private readonly Timer _schedule;
    private readonly Timer _retry;
    private int _asking;
    private bool _saidOffline;

    public AutomaticChecks(InstanceChecks<UpdatePlan> checks, IMainLoop loop, TimeSpan first, TimeSpan interval)
    {
        _checks = checks;
        _loop = loop;
        _retry = new Timer(_ => Due());
        _schedule = new Timer(_ => Due(), null, first, interval);
    }

    public void Dispose()
    {
        _schedule.Dispose();
        _retry.Dispose();
        _network.Dispose();
    }

    /// <summary>On a timer thread: ask NetworkManager (one question at a time), then start the check on the loop.</summary>
    private void Due()
    {
        if (Interlocked.Exchange(ref _asking, 1) == 1)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                var network = await _network.GetConditionsAsync().ConfigureAwait(false);
                _loop.Post(() => Start(network));
            }
            finally
            {
                Volatile.Write(ref _asking, 0);
            }
        });
    }

    private void Start(NetworkConditions network)
    {
        if (!network.Connected)
        {
            if (!_saidOffline)
            {
                Log.Info("NetworkManager reports no connectivity; the scheduled check waits for it");
                _saidOffline = true;
            }

            _retry.Change(s_offlineRetry, Timeout.InfiniteTimeSpan);
            return;
        }

        _saidOffline = false;
        if (network.Metered)
        {
            Log.Info("the connection is metered: the scheduled check plans from the catalogue as it is, without a refresh");
        }

        _checks.Start(refresh: !network.Metered);
    }
}
