using UpdateStation.Desktop.Network;

namespace UpdateStation.Desktop.Tests;

/// <summary>The scheduler's question to NetworkManager, on a private bus with and without a NetworkManager on it.</summary>
public sealed class NetworkManagerProxyTests : IAsyncLifetime
{
    private SessionProcess _bus = null!;
    private string _address = "";

    public async ValueTask InitializeAsync()
    {
        var address = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _bus = SessionProcess.Start(
            "dbus-daemon", ["--session", "--nofork", "--nopidfile", "--print-address=1"], new Dictionary<string, string>(),
            line => address.TrySetResult(line.Trim()));
        _address = await address.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public ValueTask DisposeAsync()
    {
        _bus.Dispose();
        return default;
    }

    [Fact(Timeout = 30_000)]
    public async Task GetConditions_WithoutNetworkManager_GoesAhead()
    {
        using var proxy = new NetworkManagerProxy(_address);

        var conditions = await proxy.GetConditionsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(NetworkConditions.Unknown, conditions);
    }

    [Fact(Timeout = 30_000)]
    public async Task GetConditions_WithoutASystemBus_GoesAhead()
    {
        using var proxy = new NetworkManagerProxy("unix:path=/nonexistent/bus");

        var conditions = await proxy.GetConditionsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(NetworkConditions.Unknown, conditions);
    }

    [Theory(Timeout = 30_000)]
    [InlineData(4u, 2u, true, false)]    // full, not metered
    [InlineData(1u, 2u, false, false)]   // no connectivity
    [InlineData(2u, 4u, false, false)]   // captive portal
    [InlineData(4u, 1u, true, true)]     // metered
    [InlineData(4u, 3u, true, true)]     // guessed metered (a phone's hotspot)
    [InlineData(0u, 0u, true, false)]    // unknown: NetworkManager does not check connectivity
    public async Task GetConditions_ReadsConnectivityAndMetered(uint connectivity, uint metered, bool connected, bool isMetered)
    {
        // Arrange
        using var service = new DBusConnection(_address);
        await service.ConnectAsync();
        service.AddMethodHandler(new NetworkManagerStandIn(connectivity, metered));
        await service.RequestNameAsync("org.freedesktop.NetworkManager", RequestNameOptions.None);
        using var proxy = new NetworkManagerProxy(_address);

        // Act
        var conditions = await proxy.GetConditionsAsync(TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(new NetworkConditions(connected, isMetered, Known: true), conditions);
    }
}
