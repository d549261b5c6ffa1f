using System.Globalization;
using UpdateStation.Helper.Automatic;
using UpdateStation.Settings;

namespace UpdateStation.Helper.Tests;

/// <summary>When an automatic run goes ahead: the windows, the local time and the last run (the clock injected).</summary>
public sealed class AutomaticScheduleTests
{
    // 2026-12-05 is a Saturday.
    [Theory]
    [InlineData("Sat 02:00-05:00", "2026-12-05 03:00", null, "Run", null)]
    [InlineData("Sat 02:00-05:00", "2026-12-05 02:00", null, "Run", null)]
    [InlineData("Sat 02:00-05:00", "2026-12-05 05:00", null, "Wait", "2026-12-12 02:00")]
    [InlineData("Sat 02:00-05:00", "2026-12-05 01:59", null, "Wait", "2026-12-05 02:00")]
    [InlineData("Sat 02:00-05:00", "2026-12-05 04:00", "2026-12-05 02:10", "Wait", "2026-12-12 02:00")]
    [InlineData("Sat 02:00-05:00", "2026-12-05 04:00", "2026-12-04 02:10", "Run", null)]
    [InlineData("Sat 02:00-05:00", "2026-12-07 09:00", "2026-11-28 02:10", "CatchUp", null)]
    [InlineData("Sat 02:00-05:00", "2026-12-07 09:00", "2026-12-05 02:10", "Wait", "2026-12-12 02:00")]
    [InlineData("Sat 02:00-05:00", "2026-12-07 09:00", "2026-12-07 08:00", "Wait", "2026-12-12 02:00")]
    [InlineData("Sat 02:00-05:00", "2026-12-07 09:00", null, "Wait", "2026-12-12 02:00")]
    [InlineData("Sat 23:00-01:00", "2026-12-06 00:30", null, "Run", null)]
    [InlineData("Sat 23:00-01:00", "2026-12-06 00:30", "2026-12-05 23:05", "Wait", "2026-12-12 23:00")]
    [InlineData("Sat 23:00-01:00", "2026-12-06 01:30", "2026-11-29 00:10", "CatchUp", null)]
    [InlineData("Mon-Fri 22:00-02:00", "2026-12-05 01:00", "2026-12-04 22:30", "Wait", "2026-12-07 22:00")]
    [InlineData("Mon-Fri 22:00-02:00", "2026-12-05 01:00", "2026-12-03 22:30", "Run", null)]
    [InlineData("", "2026-12-05 13:00", "2026-12-05 01:00", "Wait", "2026-12-06 00:00")]
    [InlineData("", "2026-12-05 13:00", "2026-12-04 23:00", "Run", null)]
    [InlineData("", "2026-12-05 13:00", null, "Run", null)]
    public void Decide_Table(string windows, string now, string? lastRun, string verdict, string? next)
    {
        // Arrange
        IReadOnlyList<MaintenanceWindow> parsed = [.. windows.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(w => MaintenanceWindow.TryParse(w, out var window) ? window! : throw new FormatException(w))];

        // Act
        var decision = AutomaticSchedule.Decide(parsed, Time(now)!.Value, Time(lastRun));

        // Assert
        Assert.Equal(Enum.Parse<ScheduleVerdict>(verdict), decision.Verdict);
        Assert.Equal(Time(next), decision.NextOpening);
    }

    [Fact]
    public void Decide_TwoWindows_TheNextOpeningIsTheEarlier()
    {
        // Arrange
        IReadOnlyList<MaintenanceWindow> windows = [.. new[] { "Sat 02:00-05:00", "Wed 22:00-23:00" }.Select(w => MaintenanceWindow.TryParse(w, out var window) ? window! : null!)];

        // Act
        var decision = AutomaticSchedule.Decide(windows, Time("2026-12-07 09:00")!.Value, Time("2026-12-05 02:10"));

        // Assert
        Assert.Equal(new ScheduleDecision(ScheduleVerdict.Wait, Time("2026-12-09 22:00")), decision);
    }

    private static DateTime? Time(string? text) =>
        text is null ? null : DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
