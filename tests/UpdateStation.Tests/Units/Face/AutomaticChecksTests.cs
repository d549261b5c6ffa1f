using Microsoft.Extensions.Time.Testing;
using UpdateStation.Desktop.Network;
using UpdateStation.Face;

namespace UpdateStation.Tests.Units.Face;

/// <summary>The schedule on a clock the test moves: when checks start, and what the network makes of them.</summary>
public sealed class AutomaticChecksTests : IDisposable
{
    private static readonly TimeSpan s_first = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan s_interval = TimeSpan.FromHours(6);
    private static readonly NetworkConditions s_full = NetworkConditions.From(4, 2);
    private static readonly NetworkConditions s_metered = NetworkConditions.From(4, 1);
    private static readonly NetworkConditions s_offline = NetworkConditions.From(1, 2);
    private readonly FakeTimeProvider _time = new();
    private readonly QueuedLoop _loop = new();
    private readonly List<bool> _started = [];
    private Func<Task<NetworkConditions>> _network = () => Task.FromResult(s_full);
    private int _questions;
    private AutomaticChecks? _schedule;

    public void Dispose() => _schedule?.Dispose();

    [Theory]
    [InlineData(4u, 2u, true)]    // full connectivity, not metered: refresh
    [InlineData(4u, 1u, false)]   // metered: plan from the catalogue as it is
    [InlineData(4u, 3u, false)]   // guessed metered (a phone's hotspot)
    [InlineData(0u, 0u, true)]    // NetworkManager does not check connectivity: go ahead
    [InlineData(1u, 2u, null)]    // no connectivity: wait
    [InlineData(2u, 1u, null)]    // a captive portal, metered: wait all the same
    public void Refresh_FollowsConnectivityAndMetering(uint connectivity, uint metered, bool? refresh) =>
        Assert.Equal(refresh, AutomaticChecks.Refresh(NetworkConditions.From(connectivity, metered)));

    [Fact]
    public void Refresh_WithoutNetworkManager_GoesAheadAndRefreshes() =>
        Assert.True(AutomaticChecks.Refresh(NetworkConditions.Unknown));

    [Fact]
    public void FirstCheck_StartsAfterTheDelay_ThenOneEveryInterval()
    {
        Start();

        Advance(s_first - TimeSpan.FromSeconds(1));
        Assert.Empty(_started);

        Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([true], _started);

        Advance(s_interval - TimeSpan.FromSeconds(1));
        Assert.Single(_started);

        Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([true, true], _started);
    }

    [Fact]
    public void MeteredConnection_PlansWithoutARefresh()
    {
        _network = () => Task.FromResult(s_metered);
        Start();

        Advance(s_first);

        Assert.Equal([false], _started);
    }

    [Fact]
    public void Offline_WaitsAndAsksAgainEveryMinute_ThenChecksOnceConnected()
    {
        _network = () => Task.FromResult(s_offline);
        Start();

        Advance(s_first);
        for (int i = 0; i < 3; i++)
        {
            Advance(AutomaticChecks.OfflineRetry);
        }

        Assert.Empty(_started);
        Assert.Equal(4, _questions);

        _network = () => Task.FromResult(s_full);
        Advance(AutomaticChecks.OfflineRetry);

        Assert.Equal([true], _started);
    }

    [Fact]
    public async Task AQuestionStillUnanswered_IsNotAskedAgain_AndStartsOneCheckWhenAnswered()
    {
        var answer = new TaskCompletionSource<NetworkConditions>(TaskCreationOptions.RunContinuationsAsynchronously);
        _network = () => answer.Task;
        Start();

        Advance(s_first);
        Advance(s_interval);
        Assert.Equal(1, _questions);

        answer.SetResult(s_full);
        await Poll.UntilAsync(
            () =>
            {
                _loop.Drain();
                return _started.Count > 0;
            },
            TimeSpan.FromSeconds(10),
            () => "the answered question started no check");
        Assert.Equal([true], _started);
    }

    [Fact]
    public void Disposed_StartsNoMoreChecks()
    {
        Start();
        Advance(s_first);

        _schedule!.Dispose();
        Advance(s_interval * 2);

        Assert.Single(_started);
        Assert.Equal(1, _questions);
    }

    private void Start() => _schedule = new AutomaticChecks(_started.Add, _loop, s_first, s_interval, Ask, _time);

    private Task<NetworkConditions> Ask()
    {
        Interlocked.Increment(ref _questions);
        return _network();
    }

    /// <summary>Moves the clock (its timers fire on this thread, and a ready answer posts at once), then turns the loop.</summary>
    private void Advance(TimeSpan by)
    {
        _time.Advance(by);
        _loop.Drain();
    }
}
