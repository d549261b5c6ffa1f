namespace UpdateStation.Settings.Tests;

public sealed class MaintenanceWindowTests
{
    [Theory]
    [InlineData("Sat 02:00-05:00", "Saturday", "02:00", 180)]
    [InlineData("saturday 02:00-05:00", "Saturday", "02:00", 180)]
    [InlineData("Mon-Fri 22:00-01:30", "Monday,Tuesday,Wednesday,Thursday,Friday", "22:00", 210)]
    [InlineData("Fri-Mon 03:00-04:00", "Sunday,Monday,Friday,Saturday", "03:00", 60)]
    [InlineData("Sat,Sun 00:00-24:00", "Sunday,Saturday", "00:00", 1440)]
    [InlineData("daily 03:00-03:30", "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday", "03:00", 30)]
    [InlineData("Wed 23:00-23:00", "Wednesday", "23:00", 1440)]
    public void TryParse_AWindow_GivesItsDaysStartAndLength(string text, string days, string start, int minutes)
    {
        // Act
        var parsed = MaintenanceWindow.TryParse(text, out var window);

        // Assert
        Assert.True(parsed);
        Assert.Equal(days, string.Join(",", window!.Days.Order()));
        Assert.Equal(TimeSpan.Parse(start, System.Globalization.CultureInfo.InvariantCulture), window.Start);
        Assert.Equal(TimeSpan.FromMinutes(minutes), window.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Sat")]
    [InlineData("02:00-05:00")]
    [InlineData("Sat 2:00-05:00")]
    [InlineData("Sat 02:00-05:60")]
    [InlineData("Sat 24:00-05:00")]
    [InlineData("Sat 02:00-24:30")]
    [InlineData("Sam 02:00-05:00")]
    [InlineData("Sat 02:00")]
    [InlineData("Sat 02:00-05:00 extra")]
    [InlineData("Sat, 02:00-05:00")]
    [InlineData("Sat 02:00_05:00")]
    [InlineData("Sat ０2:00-05:00")]
    public void TryParse_SomethingElse_IsRefused(string text)
    {
        // Act
        var parsed = MaintenanceWindow.TryParse(text, out var window);

        // Assert
        Assert.False(parsed);
        Assert.Null(window);
    }

    [Fact]
    public void Openings_OfAWindowCrossingMidnight_EndTheNextDay()
    {
        // Arrange: Saturday 2026-12-05 23:00 to Sunday 01:00.
        Assert.True(MaintenanceWindow.TryParse("Sat 23:00-01:00", out var window));

        // Act
        var openings = window!.Openings(new DateTime(2026, 12, 6, 0, 30, 0), new DateTime(2026, 12, 6, 0, 30, 0)).ToList();

        // Assert
        Assert.Equal([(new DateTime(2026, 12, 5, 23, 0, 0), new DateTime(2026, 12, 6, 1, 0, 0))], openings);
    }

    [Theory]
    [InlineData("firefox-esr", "firefox-esr", null)]
    [InlineData("firefox-esr=115.1-1", "firefox-esr", "115.1-1")]
    [InlineData("libc6=2:2.36-9+deb12u4", "libc6", "2:2.36-9+deb12u4")]
    public void IgnoreRule_Parse_ANameOrANameAndVersion(string text, string name, string? version)
    {
        // Act
        var rule = IgnoreRule.Parse(text);

        // Assert
        Assert.Equal(new IgnoreRule(name, version), rule);
    }

    [Theory]
    [InlineData("")]
    [InlineData("=1.0")]
    [InlineData("name=")]
    [InlineData("a b")]
    [InlineData("name=1=2")]
    [InlineData("name\u001b")]
    public void IgnoreRule_Parse_SomethingElse_IsNull(string text) => Assert.Null(IgnoreRule.Parse(text));

    [Theory]
    [InlineData("alpha", "alpha", "1.1", true)]
    [InlineData("alpha=1.1", "alpha", "1.1", true)]
    [InlineData("alpha=1.1", "alpha", "1.2", false)]
    [InlineData("alpha", "alphabet", "1.1", false)]
    public void IgnoreRule_Matches_ByNameAndByVersion(string text, string name, string version, bool expected) =>
        Assert.Equal(expected, IgnoreRule.Parse(text)!.Matches(name, version));
}
