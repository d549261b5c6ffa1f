using UpdateStation.Upgrade.History;

namespace UpdateStation.Upgrade.Tests;

/// <summary>Which automatic runs the desktop tells of, and what it remembers after.</summary>
public sealed class AutomaticRunNewsTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly PastChange s_change = new("upgrade", "alpha", "1.0-1", "1.1-1");

    private static PastRun Run(int daysAgo, bool automatic = true, PastRunResult result = PastRunResult.Done, int changes = 1)
    {
        var started = s_now.AddDays(-daysAgo);
        return new PastRun(started, automatic, [.. Enumerable.Repeat(s_change, changes)], result, null, false)
        {
            Ended = result == PastRunResult.Unfinished ? null : started.AddMinutes(1),
        };
    }

    [Fact]
    public void Select_NothingToldYet_TellsTheAutomaticRunsOfTheLastWeekThatInstalledOrFailed()
    {
        // Arrange
        PastRun[] runs = [Run(9), Run(3), Run(2, automatic: false), Run(2, changes: 0), Run(1, result: PastRunResult.Failed, changes: 0),
            Run(1, result: PastRunResult.PlanChanged), Run(0, result: PastRunResult.Unfinished)];

        // Act
        var told = AutomaticRunNews.Select(runs, null, s_now);

        // Assert
        Assert.Equal([runs[1], runs[4]], told);
    }

    [Fact]
    public void Select_AfterTellingARun_TellsOnlyTheRunsThatEndedLater()
    {
        // Arrange
        PastRun[] runs = [Run(3), Run(1)];

        // Act
        var told = AutomaticRunNews.Select(runs, runs[0].Ended, s_now);

        // Assert
        Assert.Equal([runs[1]], told);
    }

    [Fact]
    public void Select_AMemoryFromLongAgo_NeverTellsRunsOlderThanAWeek()
    {
        // Arrange
        PastRun[] runs = [Run(30), Run(8), Run(6)];

        // Act
        var told = AutomaticRunNews.Select(runs, s_now.AddDays(-60), s_now);

        // Assert
        Assert.Equal([runs[2]], told);
    }

    [Fact]
    public void ToldUpTo_RemembersTheNewestEndedAutomaticRunNewsOrNot()
    {
        // Arrange
        PastRun[] runs = [Run(3), Run(2, changes: 0), Run(1, automatic: false), Run(0, result: PastRunResult.Unfinished)];

        // Act
        var upTo = AutomaticRunNews.ToldUpTo(runs, null, s_now);

        // Assert
        Assert.Equal(runs[1].Ended, upTo);
    }

    [Fact]
    public void ToldUpTo_NothingNew_KeepsWhatWasRemembered()
    {
        // Arrange
        var before = s_now.AddHours(-1);

        // Act
        var upTo = AutomaticRunNews.ToldUpTo([Run(3)], before, s_now);

        // Assert
        Assert.Equal(before, upTo);
    }

    [Theory]
    [InlineData(new[] { "failed" }, 0)] // the last automatic run failed: said
    [InlineData(new[] { "failed", "done" }, -1)] // a later run went well: nothing to say
    [InlineData(new[] { "failed", "by-hand" }, 0)] // an upgrade by hand is not the automatic run
    [InlineData(new[] { "failed", "unfinished" }, 0)] // still running (or killed): the last that ended counts
    [InlineData(new[] { "old-failed" }, -1)] // over a week old: the History has it
    [InlineData(new string[0], -1)]
    public void LastFailure_IsTheNewestEndedAutomaticRunWhenItFailed(string[] kinds, int expected)
    {
        // Arrange
        PastRun[] runs = [.. kinds.Select(kind => kind switch
        {
            "failed" => Run(2, result: PastRunResult.Failed, changes: 0),
            "old-failed" => Run(8, result: PastRunResult.Failed, changes: 0),
            "done" => Run(1),
            "by-hand" => Run(1, automatic: false),
            _ => Run(0, result: PastRunResult.Unfinished),
        })];

        // Act
        var failure = AutomaticRunNews.LastFailure(runs, s_now);

        // Assert
        Assert.Equal(expected < 0 ? null : runs[expected], failure);
    }
}
