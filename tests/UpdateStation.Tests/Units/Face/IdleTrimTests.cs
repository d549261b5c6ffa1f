using Microsoft.Extensions.Time.Testing;
using UpdateStation.Face;

namespace UpdateStation.Tests.Units.Face;

/// <summary>The heap is given back once, a few seconds after the last check: checks in a burst trim once.</summary>
public sealed class IdleTrimTests
{
    private readonly FakeTimeProvider _time = new();
    private int _trims;

    [Fact]
    public void Schedule_TrimsOnceAfterTheDelay()
    {
        using var trim = new IdleTrim(_time, () => _trims++);

        trim.Schedule();
        _time.Advance(IdleTrim.Delay - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, _trims);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, _trims);

        _time.Advance(IdleTrim.Delay * 10);
        Assert.Equal(1, _trims);
    }

    [Fact]
    public void ScheduleAgainBeforeTheDelay_MovesTheTrimLater()
    {
        using var trim = new IdleTrim(_time, () => _trims++);

        trim.Schedule();
        _time.Advance(IdleTrim.Delay - TimeSpan.FromSeconds(1));
        trim.Schedule();
        _time.Advance(IdleTrim.Delay - TimeSpan.FromSeconds(1));
        Assert.Equal(0, _trims);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, _trims);
    }

    [Fact]
    public void NeverScheduled_NeverTrims()
    {
        using var trim = new IdleTrim(_time, () => _trims++);

        _time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(0, _trims);
    }

    [Fact]
    public void Collect_IsAFullCollection()
    {
        var before = GC.CollectionCount(GC.MaxGeneration);

        IdleTrim.Collect();

        Assert.True(GC.CollectionCount(GC.MaxGeneration) > before);
    }
}
