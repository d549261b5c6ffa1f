using UpdateStation.Upgrade.History;

namespace UpdateStation.Helper.Tests;

/// <summary>Past runs read from run-log text as the helper writes it (RunRecord), with apt's lines between.</summary>
public sealed class RunHistoryParserTests
{
    private const string Log = """
        2026-12-01T10:00:00+00:00 update-station-helper[100]: refresh started
        2026-12-01T10:00:05+00:00 update-station-helper[100]: refresh done: plan aaaa, 2 changes
        2026-12-01T10:01:00+00:00 update-station-helper[101]: upgrade --plan aaaa started
        2026-12-01T10:01:04+00:00 update-station-helper[101]: plan aaaa: 2 changes
        2026-12-01T10:01:04+00:00 update-station-helper[101]:   upgrade alpha 1.0-1 -> 1.1-1
        2026-12-01T10:01:04+00:00 update-station-helper[101]:   install newdep - -> 1.0-1
        2026-12-01T10:01:05+00:00 update-station: upgrade with apt: 2 changes
        Unpacking alpha (1.1-1) over (1.0-1) ...
        2026-12-01T10:01:09+00:00 update-station-helper[101]: done: 2 changes applied; a restart is needed
        2026-12-05T02:14:00+00:00 update-station-helper[200]: automatic run started (in its window): updates = security
        2026-12-05T02:14:03+00:00 update-station-helper[200]: automatic: left out alpha 1.2-1 (not a security update)
        2026-12-05T02:14:04+00:00 update-station-helper[200]: upgrade --plan bbbb started
        2026-12-05T02:14:06+00:00 update-station-helper[200]: plan bbbb: 1 changes
        2026-12-05T02:14:06+00:00 update-station-helper[200]:   upgrade secpkg 1.0-1 -> 1.0-1+deb12u1
        2026-12-05T02:14:09+00:00 update-station-helper[200]: done: 1 changes applied
        2026-12-06T09:00:00+00:00 update-station-helper[300]: upgrade --plan cccc started
        2026-12-06T09:00:02+00:00 update-station-helper[300]: failed (busy): Another upgrade is running.
        2026-12-07T09:00:00+00:00 update-station-helper[400]: upgrade --plan dddd started
        2026-12-07T09:00:01+00:00 update-station-helper[400]: plan eeee: 1 changes
        2026-12-07T09:00:01+00:00 update-station-helper[400]:   upgrade beta 1.0-1 -> 2.0-1
        2026-12-07T09:00:01+00:00 update-station-helper[400]: the plan changed since dddd (now eeee); nothing more was changed
        2026-12-08T02:00:00+00:00 update-station-helper[500]: automatic run started (catching up a missed window): updates = all
        2026-12-08T02:00:03+00:00 update-station-helper[500]: upgrade --plan ffff started
        2026-12-08T02:00:04+00:00 update-station-helper[500]: plan ffff: 1 changes
        2026-12-08T02:00:04+00:00 update-station-helper[500]:   upgrade gamma 1.0-1 -> 2.0-1
        garbage line
        """;

    [Fact]
    public void Parse_ARunLog_GivesEachRunOnceOldestFirst()
    {
        // Act
        var runs = RunHistoryParser.Parse(Log);

        // Assert
        Assert.Equal(
            [PastRunResult.Done, PastRunResult.Done, PastRunResult.Failed, PastRunResult.PlanChanged, PastRunResult.Unfinished],
            runs.Select(r => r.Result));
        Assert.Equal([false, true, false, false, true], runs.Select(r => r.Automatic));
    }

    [Fact]
    public void Parse_ADoneRun_HasItsChangesAndTheRestart()
    {
        // Act
        var run = RunHistoryParser.Parse(Log)[0];

        // Assert
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 10, 1, 0, TimeSpan.Zero), run.Started);
        Assert.Equal([new PastChange("upgrade", "alpha", "1.0-1", "1.1-1"), new PastChange("install", "newdep", null, "1.0-1")], run.Changes);
        Assert.True(run.RestartNeeded);
    }

    [Fact]
    public void Parse_AnAutomaticRun_IsOneRunWithThePlanItApplied()
    {
        // Act
        var run = RunHistoryParser.Parse(Log)[1];

        // Assert
        Assert.True(run.Automatic);
        Assert.Equal([new PastChange("upgrade", "secpkg", "1.0-1", "1.0-1+deb12u1")], run.Changes);
        Assert.False(run.RestartNeeded);
    }

    [Fact]
    public void Parse_AFailedRun_SaysWhy() =>
        Assert.Equal("Another upgrade is running.", RunHistoryParser.Parse(Log)[2].Message);

    [Fact]
    public void Parse_APlanLineWithTheSecurityCount_GivesItAndTheEnd()
    {
        // Arrange
        const string log = """
            2026-12-09T02:14:00+00:00 update-station-helper[600]: automatic run started (in its window): updates = security
            2026-12-09T02:14:04+00:00 update-station-helper[600]: upgrade --plan gggg started
            2026-12-09T02:14:06+00:00 update-station-helper[600]: plan gggg: 2 changes, 2 security
            2026-12-09T02:14:06+00:00 update-station-helper[600]:   upgrade secpkg 1.0-1 -> 1.0-1+deb12u1
            2026-12-09T02:14:06+00:00 update-station-helper[600]:   upgrade libsec 1.0-1 -> 1.0-1+deb12u1
            2026-12-09T02:16:30+00:00 update-station-helper[600]: done: 2 changes applied; a restart is needed
            """;

        // Act
        var run = Assert.Single(RunHistoryParser.Parse(log));

        // Assert
        Assert.Equal((2, 2, true), (run.Changes.Count, run.Security, run.RestartNeeded));
        Assert.Equal(new DateTimeOffset(2026, 12, 9, 2, 16, 30, TimeSpan.Zero), run.Ended);
    }

    [Fact]
    public void Parse_AnOlderLogsPlanLine_HasNoSecurityCount()
    {
        // Act
        var runs = RunHistoryParser.Parse(Log);

        // Assert
        Assert.All(runs, run => Assert.Null(run.Security));
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 2, 14, 9, TimeSpan.Zero), runs[1].Ended);
        Assert.Null(runs[4].Ended);
    }

    [Fact]
    public void Parse_AnEmptyLog_HasNoRuns() => Assert.Empty(RunHistoryParser.Parse(""));
}
