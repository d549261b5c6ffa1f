using UpdateStation.Packages.Apt;
using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Tests.Apt;

public sealed class AptSimulationParserTests
{
    private const string Summary = "1 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.";

    [Fact]
    public void Parse_CapturedDistUpgrade_ListsChangesInAptOrder()
    {
        // Arrange
        var text = Fixture.Read("apt-get-simulate-dist-upgrade.txt");

        // Act
        var simulation = AptSimulationParser.Parse(text);

        // Assert
        Assert.Equal(["oldie", "alpha", "beta", "newdep", "delta", "epsilon", "gamma", "secpkg"], simulation.Changes.Select(c => c.Name));
    }

    [Theory]
    [InlineData("oldie", ChangeAction.Remove, "1.0-1", null)]
    [InlineData("newdep", ChangeAction.Install, null, "1.0-1")]
    [InlineData("beta", ChangeAction.Upgrade, "1.0-1", "1:2.0-1")]
    [InlineData("gamma", ChangeAction.Upgrade, "2.0~rc1-1", "2.0-1")]
    [InlineData("secpkg", ChangeAction.Upgrade, "1.0-1", "1.0-1+deb12u1")]
    public void Parse_CapturedDistUpgrade_ReadsActionAndVersions(string name, ChangeAction action, string? current, string? next)
    {
        // Arrange
        var text = Fixture.Read("apt-get-simulate-dist-upgrade.txt");

        // Act
        var change = AptSimulationParser.Parse(text).Changes.Single(c => c.Name == name);

        // Assert
        Assert.Equal((action, current, next), (change.Action, change.CurrentVersion, change.NewVersion));
    }

    [Fact]
    public void Parse_CapturedDistUpgrade_MarksOnlyTheSecurityArchiveAsSecurity()
    {
        // Arrange
        var text = Fixture.Read("apt-get-simulate-dist-upgrade.txt");

        // Act
        var security = AptSimulationParser.Parse(text).Changes.Where(c => c.Security).Select(c => (c.Name, c.Repository));

        // Assert
        Assert.Equal([("secpkg", "Test-security:bookworm-security")], security);
    }

    [Fact]
    public void Parse_CapturedDistUpgrade_ReportsKeptBackWithVersions()
    {
        // Arrange
        var text = Fixture.Read("apt-get-simulate-dist-upgrade.txt");

        // Act
        var keptBack = AptSimulationParser.Parse(text).KeptBack;

        // Assert
        Assert.Equal([new HeldPackage("heldpkg", "1.0-1", "2.0-1")], keptBack);
    }

    [Theory]
    [InlineData("Inst libc6 [2.36-9+deb12u3] (2.36-9+deb12u4 Debian:12.5/stable, Debian-Security:12/stable-security [amd64])", true, "Debian-Security:12/stable-security")]
    [InlineData("Inst libc6 [2.36-9+deb12u3] (2.36-9+deb12u4 Debian:12.5/stable [amd64])", false, "Debian:12.5/stable")]
    [InlineData("Inst curl [7.81.0-1ubuntu1.15] (7.81.0-1ubuntu1.16 Ubuntu:22.04/jammy-updates, Ubuntu:22.04/jammy-security [amd64]) []", true, "Ubuntu:22.04/jammy-security")]
    [InlineData("Inst tool [1.0] (1.1 localhost [amd64])", false, "localhost")]
    public void Parse_OriginList_SecurityWhenAnyArchiveEndsInSecurity(string line, bool security, string repository)
    {
        // Arrange
        var text = line + "\n" + Summary + "\n";

        // Act
        var change = Assert.Single(AptSimulationParser.Parse(text).Changes);

        // Assert
        Assert.Equal((security, repository), (change.Security, change.Repository));
    }

    [Theory]
    [InlineData("Inst tool [2.0-1] (1.5-1 Tests-main:bookworm [all])", ChangeAction.Downgrade)]
    [InlineData("Inst tool [2.0-1] (2.0-1 Tests-main:bookworm [all])", ChangeAction.Reinstall)]
    [InlineData("Inst tool [1:1.0-1] (2.0-1 Tests-main:bookworm [all])", ChangeAction.Downgrade)]
    [InlineData("Inst tool [2.0-1] (2.0~rc1-1 Tests-main:bookworm [all])", ChangeAction.Downgrade)]
    public void Parse_NewVersionNotNewer_IsDowngradeOrReinstall(string line, ChangeAction action)
    {
        // Arrange
        var text = line + "\n" + "0 upgraded, 0 newly installed, 1 reinstalled, 0 to remove and 0 not upgraded.\n";

        // Act
        var change = Assert.Single(AptSimulationParser.Parse(text).Changes);

        // Assert
        Assert.Equal(action, change.Action);
    }

    [Fact]
    public void Parse_ConfLinesAndNoise_AreIgnored()
    {
        // Arrange
        var text = "Reading package lists...\nConf tool (1.1 Tests-main:bookworm [all])\nwhatever this is\n"
            + "Inst tool [1.0] (1.1 Tests-main:bookworm [all])\n" + Summary + "\n";

        // Act
        var simulation = AptSimulationParser.Parse(text);

        // Assert
        Assert.Single(simulation.Changes);
    }

    [Fact]
    public void Parse_UpToDate_HasNoChanges()
    {
        // Arrange
        var text = "Reading package lists...\nBuilding dependency tree...\nCalculating upgrade...\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n";

        // Act
        var simulation = AptSimulationParser.Parse(text);

        // Assert
        Assert.Empty(simulation.Changes);
    }

    [Fact]
    public void Parse_PhasedUpdatesDeferred_AreNeitherOfferedNorHeld()
    {
        // Arrange
        var text = "The following upgrades have been deferred due to phasing:\n   tool (1.0 => 1.1)\n0 upgraded, 0 newly installed, 0 to remove and 1 not upgraded.\n";

        // Act
        var simulation = AptSimulationParser.Parse(text);

        // Assert
        Assert.Equal((0, 0), (simulation.Changes.Count, simulation.KeptBack.Count));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Segmentation fault\n")]
    [InlineData("Inst tool [1.0] (1.1 Tests-main:bookworm [all])\n")]
    [InlineData("2 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\nInst tool [1.0] (1.1 Tests-main:bookworm [all])\n")]
    public void Parse_NoSummaryOrDisagreeingSummary_ThrowsFormatException(string text)
    {
        // Arrange, Act
        var exception = Record.Exception(() => AptSimulationParser.Parse(text));

        // Assert
        Assert.IsType<FormatException>(exception);
    }
}
