using UpdateStation.Packages.Apt;
using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Tests.Apt;

/// <summary>Packages an interrupted run left unpacked ("N not fully installed or removed.") are part of the plan.</summary>
public sealed class AptSimulationParserConfigureTests
{
    [Fact]
    public void Parse_NotFullyInstalled_ListsConfigureEntriesFirstThenTheUpgrades()
    {
        // Arrange
        var text = Fixture.Read("apt-get-simulate-not-fully-installed.txt");

        // Act
        var changes = AptSimulationParser.Parse(text).Changes;

        // Assert
        Assert.Equal([("a", ChangeAction.Configure), ("b", ChangeAction.Configure), ("c", ChangeAction.Upgrade)], changes.Select(c => (c.Name, c.Action)));
        Assert.Equal(("2.0", "2.0"), (changes[0].CurrentVersion, changes[0].NewVersion));
    }

    [Fact]
    public void Parse_NothingElseToDo_StillListsThePackagesToConfigure()
    {
        // Arrange
        var text = """
            0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.
            1 not fully installed or removed.
            Conf alpha (1.1-1 Tests-main:bookworm [all])
            """;

        // Act
        var changes = AptSimulationParser.Parse(text).Changes;

        // Assert
        var change = Assert.Single(changes);
        Assert.Equal(new PackageChange("alpha", ChangeAction.Configure, "1.1-1", "1.1-1", Reason: "not fully installed"), change);
    }

    [Fact]
    public void Parse_ConfLinesOfAnOrdinaryUpgrade_AreNotConfigureEntries()
    {
        // Arrange
        var text = """
            1 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.
            Inst alpha [1.0-1] (1.1-1 Tests-main:bookworm [all])
            Conf alpha (1.1-1 Tests-main:bookworm [all])
            """;

        // Act
        var changes = AptSimulationParser.Parse(text).Changes;

        // Assert
        Assert.Equal([ChangeAction.Upgrade], changes.Select(c => c.Action));
    }
}
