using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>
/// On battery and on a metered connection an automatic run waits unless the policy allows it. Each condition is played
/// at the boundary the helper reads, in a mount namespace of the spec's own: a directory of stand-in supplies bound over
/// /sys/class/power_supply, and a private system bus with a stand-in NetworkManager on it.
/// </summary>
public sealed class AutomaticConditionsSpecs : IDisposable
{
    private readonly AptWorld _world = AptWorld.Create(rootOnly: true)
        .Offer(new AptPackage("alpha", "1.1-1"))
        .Install(new AptPackage("alpha", "1.0-1"))
        .Publish();

    private readonly string _supplies = Directory.CreateTempSubdirectory("update-station-power-supply-").FullName;
    private HelperInstall? _helper;

    public void Dispose()
    {
        _helper?.Dispose();
        Directory.Delete(_supplies, recursive: true);
        _world.Dispose();
    }

    [Theory(Timeout = 180_000)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task On_battery_the_run_waits_unless_the_policy_allows_it(bool onBattery)
    {
        Assert.SkipUnless(MountNamespace.CanRun, "Root, unshare and nsenter are needed for a private /sys/class/power_supply.");

        // Arrange: mains unplugged, the battery discharging.
        Supply("AC", ("type", "Mains"), ("online", "0"));
        Supply("BAT0", ("type", "Battery"), ("status", "Discharging"), ("capacity", "80"));
        using var mounts = await MountNamespace.CreateAsync();
        mounts.Bind(_supplies, "/sys/class/power_supply");
        _helper = AutomaticInstall.Create(_world, "updates = \"all\"", "on-metered = true", $"on-battery = {(onBattery ? "true" : "false")}");

        // Act
        var run = await _helper.RunAsync(["automatic"], TestContext.Current.CancellationToken, prefix: mounts.Enter);

        // Assert
        AssertWaitedOrRan(run, ran: onBattery, "the machine runs on its battery (on-battery = false); the run waits for mains power");
    }

    [Theory(Timeout = 180_000)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task On_a_metered_connection_the_run_waits_unless_the_policy_allows_it(bool onMetered)
    {
        Assert.SkipUnless(PrivateSystemBus.CanRun, "Root, unshare, nsenter and dbus-daemon are needed for a private system bus.");

        // Arrange: NetworkManager (a stand-in on the private system bus) says full connectivity, metered.
        using var bus = await PrivateSystemBus.StartAsync();
        using var service = new Tmds.DBus.Protocol.DBusConnection(bus.Address);
        await service.ConnectAsync();
        service.AddMethodHandler(new NetworkManagerStandIn(connectivity: 4, metered: 1));
        await service.RequestNameAsync("org.freedesktop.NetworkManager", Tmds.DBus.Protocol.RequestNameOptions.None);
        _helper = AutomaticInstall.Create(_world, "updates = \"all\"", "on-battery = true", $"on-metered = {(onMetered ? "true" : "false")}");

        // Act
        var run = await _helper.RunAsync(["automatic"], TestContext.Current.CancellationToken, prefix: bus.Namespace.Enter);

        // Assert
        AssertWaitedOrRan(run, ran: onMetered, "the connection is metered (on-metered = false); the run waits for another");
    }

    /// <summary>A run that waited says why on stderr and in the log, changes nothing and leaves the window unused; one that ran installed alpha.</summary>
    private void AssertWaitedOrRan(HelperRun run, bool ran, string why)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        var log = File.Exists(_helper!.LogPath) ? File.ReadAllText(_helper.LogPath) : "";
        if (ran)
        {
            Assert.Equal("alpha 1.1-1", AutomaticInstall.UnpackedVersion(_world, "alpha"));
            Assert.DoesNotContain(why, log, StringComparison.Ordinal);
            return;
        }

        Assert.Contains(why, run.Error, StringComparison.Ordinal);
        Assert.Contains($"automatic: {why}", log, StringComparison.Ordinal);
        Assert.Null(AutomaticInstall.UnpackedVersion(_world, "alpha"));
        Assert.False(File.Exists(Path.Combine(AutomaticInstall.StatePath(_helper), "automatic.last-run")), "a run that waited used up its window");
    }

    private void Supply(string name, params (string File, string Value)[] files)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_supplies, name)).FullName;
        foreach (var (file, value) in files)
        {
            File.WriteAllText(Path.Combine(directory, file), value + "\n");
        }
    }
}
