using UpdateStation.Upgrade.BootEnvironments;

namespace UpdateStation.Upgrade.Tests;

public sealed class BootEnvironmentTests
{
    [Fact]
    public void Create_VersionAndTime_FollowsOurPattern()
    {
        // Act
        var name = BootEnvironmentName.Create("14.3-RELEASE-p4", new DateTime(2026, 11, 26, 10, 42, 33));

        // Assert
        Assert.Equal("14.3-RELEASE-p4-update-20261126-104233", name);
    }

    [Theory]
    [InlineData("14.3-RELEASE-p4-update-20261126-104233", true)]
    [InlineData("15.0-CURRENT-update-20261126-104233", true)]
    [InlineData("14.3-RELEASE-p4-backup-2026-11-26-10-42", false)]
    [InlineData("14.3-RELEASE-p4_2026-11-26_104233", false)]
    [InlineData("default", false)]
    [InlineData("mine-update-20261126-104233", false)]
    [InlineData("14.3-RELEASE-update-20261399-104233", false)]
    public void TryParse_OnlyOurNames_AreOurs(string name, bool ours)
    {
        // Act, Assert
        Assert.Equal(ours, BootEnvironmentName.TryParse(name, out _));
    }

    [Fact]
    public void ParseList_BectlListH_GivesNameAndActiveFlags()
    {
        // Arrange
        const string output = "default\tNR\t/\t1.2G\t2026-01-01 10:00\nold\t-\t-\t10M\t2026-01-01 10:00\nonce\tT\t-\t8K\t2026-11-26 10:00\n\n";

        // Act
        var list = BootEnvironment.ParseList(output);

        // Assert
        Assert.Equal([new("default", "NR"), new("old", "-"), new("once", "T")], list);
        Assert.Equal([true, false, true], list.Select(b => b.IsInUse));
    }
}
