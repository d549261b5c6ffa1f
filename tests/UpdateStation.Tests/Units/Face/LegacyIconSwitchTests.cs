using UpdateStation.Face;

namespace UpdateStation.Tests.Units.Face;

/// <summary>The tray's choice between the StatusNotifierItem and the legacy icon, as its host comes and goes.</summary>
public sealed class LegacyIconSwitchTests
{
    private readonly List<string> _calls = [];
    private readonly LegacyIconSwitch _switch;

    public LegacyIconSwitchTests() => _switch = new(() => _calls.Add("start"), () => _calls.Add("stop"));

    [Fact]
    public void AHostFromTheStart_NoLegacyIcon()
    {
        _switch.HostChanged(present: true);

        Assert.Empty(_calls);
        Assert.False(_switch.Started);
    }

    [Fact]
    public void NoHost_StartsTheLegacyIconOnce()
    {
        _switch.HostChanged(present: false);
        _switch.HostChanged(present: false);

        Assert.Equal(["start"], _calls);
        Assert.True(_switch.Started);
    }

    [Fact]
    public void HostComesAndGoes_TheLegacyIconGoesAndComes_NeverBoth()
    {
        _switch.HostChanged(present: false);
        _switch.HostChanged(present: true);
        _switch.HostChanged(present: true);
        _switch.HostChanged(present: false);

        Assert.Equal(["start", "stop", "start"], _calls);
    }

    [Fact]
    public void Stop_StopsOnlyALegacyIconItStarted()
    {
        _switch.Stop();
        _switch.HostChanged(present: false);
        _switch.Stop();
        _switch.Stop();

        Assert.Equal(["start", "stop"], _calls);
    }
}
