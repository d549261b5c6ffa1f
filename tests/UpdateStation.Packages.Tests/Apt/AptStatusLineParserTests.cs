using UpdateStation.Packages.Apt;
using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Tests.Apt;

public sealed class AptStatusLineParserTests
{
    [Fact]
    public void ToProgress_CapturedStatusFd_EveryPackageOfThePlanAppears()
    {
        // Arrange
        var lines = Fixture.Read("apt-get-status-fd.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Act
        var events = lines.Select(l => AptStatusLineParser.TryParse(l, out var s) ? AptStatusLineParser.ToProgress(s) : null)
            .OfType<UpgradeProgress>().ToList();

        // Assert
        Assert.Equal(
            ["alpha", "beta", "delta", "epsilon", "gamma", "newdep", "oldie", "secpkg"],
            events.Select(e => e.Package).OfType<string>().Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("pmstatus:alpha:9.6774:Unpacking alpha (amd64)", UpgradeStep.Unpack, "alpha", 9.6774)]
    [InlineData("pmstatus:alpha:93.5484:Configuring alpha (amd64)", UpgradeStep.Configure, "alpha", 93.5484)]
    [InlineData("pmstatus:oldie:3.2258:Removing oldie (amd64)", UpgradeStep.Remove, "oldie", 3.2258)]
    [InlineData("pmstatus:alpha:12.9032:Installing alpha (amd64)", UpgradeStep.Install, "alpha", 12.9032)]
    [InlineData("dlstatus:2:14.2163:Retrieving file 2 of 7", UpgradeStep.Download, null, 14.2163)]
    public void ToProgress_StatusLine_MapsStepPackageAndPercent(string line, UpgradeStep step, string? package, double percent)
    {
        // Arrange
        Assert.True(AptStatusLineParser.TryParse(line, out var status));

        // Act
        var progress = AptStatusLineParser.ToProgress(status);

        // Assert
        Assert.Equal((step, package, percent), (progress?.Step, progress?.Package, progress?.Percent));
    }

    [Fact]
    public void ToProgress_WholeRunLine_IsNotAPackageEvent()
    {
        // Arrange
        Assert.True(AptStatusLineParser.TryParse("pmstatus:dpkg-exec:0.0000:Running dpkg", out var status));

        // Act
        var progress = AptStatusLineParser.ToProgress(status);

        // Assert
        Assert.Null(progress);
    }

    [Fact]
    public void TryParse_ErrorLineWithColonsInText_KeepsTheWholeText()
    {
        // Arrange
        const string line = "pmerror:/var/cache/apt/archives/tool_1.1_all.deb:40.0000:trying to overwrite '/usr/bin/x', which is also in package y 1.0";

        // Act
        var parsed = AptStatusLineParser.TryParse(line, out var status);

        // Assert
        Assert.Equal((true, AptStatusKind.Error, "trying to overwrite '/usr/bin/x', which is also in package y 1.0"), (parsed, status.Kind, status.Text));
    }

    [Theory]
    [InlineData("E: Sub-process /usr/bin/dpkg returned an error code (1)")]
    [InlineData("pmstatus:alpha:notanumber:Unpacking")]
    [InlineData("pmstatus:alpha")]
    [InlineData("Reading package lists...")]
    public void TryParse_OrdinaryOutput_IsRejected(string line)
    {
        // Arrange, Act
        var parsed = AptStatusLineParser.TryParse(line, out _);

        // Assert
        Assert.False(parsed);
    }
}
