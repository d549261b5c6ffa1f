using UpdateStation.Packages.Model;
using UpdateStation.Packages.Pkg;

namespace UpdateStation.Packages.Tests.Pkg;

public sealed class PkgProgressParserTests
{
    [Theory]
    [InlineData("[1/4] Upgrading curl from 8.4.0 to 8.5.0...", UpgradeStep.Upgrade, "curl", 25.0)]
    [InlineData("[2/4] Installing libfoo-1.2.3...", UpgradeStep.Install, "libfoo", 50.0)]
    [InlineData("[3/4] Reinstalling p5-Locale-gettext-1.07_3...", UpgradeStep.Reinstall, "p5-Locale-gettext", 75.0)]
    [InlineData("[4/4] Downgrading gnome_subr from 1.0.b to 1.0.a...", UpgradeStep.Downgrade, "gnome_subr", 100.0)]
    [InlineData("[1/2] Deinstalling oldtool-0.9...", UpgradeStep.Remove, "oldtool", 50.0)]
    [InlineData("[1/2] Fetching curl-8.5.0.pkg: .......... done", UpgradeStep.Download, "curl", 50.0)]
    [InlineData("[1/2] Fetching gtk+3-3.24.38_1: .......... done", UpgradeStep.Download, "gtk+3", 50.0)]
    [InlineData("[2/2] Extracting firefox-121.0,2: .......... done", UpgradeStep.Unpack, "firefox", 100.0)]
    public void Parse_ProgressLine_GivesStepPackageAndPercent(string line, UpgradeStep step, string package, double percent)
    {
        // Act
        var parsed = PkgProgressParser.Parse(line);

        // Assert
        Assert.NotNull(parsed);
        Assert.Equal((step, package, percent), (parsed.Value.Step, parsed.Value.Name, parsed.Value.Percent));
    }

    [Fact]
    public void Parse_UpgradingLine_GivesTheAppliedChange()
    {
        // Act
        var change = PkgProgressParser.Parse("[3/3] Upgrading firefox from 120.0_2,2 to 121.0,2...")?.ToChange();

        // Assert
        Assert.Equal(new PackageChange("firefox", ChangeAction.Upgrade, "120.0_2,2", "121.0,2"), change);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Checking integrity... done (0 conflicting)")]
    [InlineData("[1/3] Deleting files for oldtool-0.9: .......... done")]
    [InlineData("[0/3] Installing foo-1.0...")]
    [InlineData("[1/0] Installing foo-1.0...")]
    [InlineData("[a/b] Installing foo-1.0...")]
    [InlineData("[1/3]Installing")]
    [InlineData("[1/3] Installing foo...")]
    [InlineData("[99999999999/3] Installing foo-1...")]
    public void Parse_NotAProgressLine_ReturnsNull(string line)
    {
        // Act
        var parsed = PkgProgressParser.Parse(line);

        // Assert
        Assert.Null(parsed);
    }

    [Fact]
    public void Parse_IndexBeyondTotal_CapsPercentAt100()
    {
        // Act
        var parsed = PkgProgressParser.Parse("[5/3] Installing foo-1.0...");

        // Assert
        Assert.Equal(100.0, parsed?.Percent);
    }
}
