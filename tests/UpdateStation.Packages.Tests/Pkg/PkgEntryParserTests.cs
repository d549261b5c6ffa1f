using UpdateStation.Packages.Model;
using UpdateStation.Packages.Pkg;

namespace UpdateStation.Packages.Tests.Pkg;

public sealed class PkgEntryParserTests
{
    [Theory]
    [InlineData("\tcurl: 8.4.0 -> 8.5.0", "curl", "8.4.0", "8.5.0", null, false)]
    [InlineData("\tcurl: 8.4.0 -> 8.5.0 [FreeBSD]", "curl", "8.4.0", "8.5.0", "FreeBSD", false)]
    [InlineData("\tcurl: 8.4.0 -> 8.5.0 [FreeBSD] (vulnerable!)", "curl", "8.4.0", "8.5.0", "FreeBSD", true)]
    [InlineData("\tcurl: 8.4.0 -> 8.5.0 (vulnerable!) [FreeBSD]", "curl", "8.4.0", "8.5.0", "FreeBSD", true)]
    [InlineData("\tpy311-pip: 23.3.1 -> 23.3.2 [FreeBSD-latest]", "py311-pip", "23.3.1", "23.3.2", "FreeBSD-latest", false)]
    [InlineData("\tlibstdc++_compat.2: 1.0_1,1 -> 1.0b_2,1", "libstdc++_compat.2", "1.0_1,1", "1.0b_2,1", null, false)]
    [InlineData("    x11-fonts.9: 2023.a -> 2024.b", "x11-fonts.9", "2023.a", "2024.b", null, false)]
    public void ParseChange_UpgradeShapes_ReadNameVersionsRepositoryAndMarker(
        string line, string name, string current, string next, string? repository, bool vulnerable)
    {
        // Act
        var change = PkgEntryParser.ParseChange(line, PkgSection.Upgrade);

        // Assert
        Assert.Equal(new PackageChange(name, ChangeAction.Upgrade, current, next, repository, false, vulnerable), change);
    }

    [Theory]
    [InlineData("\tvim-9.0.2136", "vim", "9.0.2136", null, null)]
    [InlineData("\tvim-9.0.2136 [FreeBSD]", "vim", "9.0.2136", "FreeBSD", null)]
    [InlineData("\tvim-9.0.2136 (options changed)", "vim", "9.0.2136", null, "options changed")]
    [InlineData("\tp5-Locale-gettext-1.07_3 [FreeBSD] (direct dependency changed: perl5 (added))",
        "p5-Locale-gettext", "1.07_3", "FreeBSD", "direct dependency changed: perl5 (added)")]
    [InlineData("\tnano-7.2 (option changed: DOCS (on -> off)) [FreeBSD]", "nano", "7.2", "FreeBSD", "option changed: DOCS (on -> off)")]
    public void ParseChange_ReinstallShapes_SplitAtLastHyphenAndKeepReason(
        string line, string name, string version, string? repository, string? reason)
    {
        // Act
        var change = PkgEntryParser.ParseChange(line, PkgSection.Reinstall);

        // Assert
        Assert.Equal(new PackageChange(name, ChangeAction.Reinstall, version, version, repository, Reason: reason), change);
    }

    [Theory]
    [InlineData("\toldtool: 0.9", "oldtool", "0.9", null)]
    [InlineData("\toldtool-0.9", "oldtool", "0.9", null)]
    [InlineData("\toldtool: 0.9 (conflicts with newtool)", "oldtool", "0.9", "conflicts with newtool")]
    public void ParseChange_RemoveShapes_HaveNoNewVersion(string line, string name, string version, string? reason)
    {
        // Act
        var change = PkgEntryParser.ParseChange(line, PkgSection.Remove);

        // Assert
        Assert.Equal(new PackageChange(name, ChangeAction.Remove, version, null, Reason: reason), change);
    }

    [Theory]
    [InlineData("\t")]
    [InlineData("\tcurl")]
    [InlineData("\tcurl: ")]
    [InlineData("\t: 1.0")]
    [InlineData("\tcurl: 1.0 -> ")]
    [InlineData("\tcurl: 1 0 -> 2")]
    [InlineData("\t(vulnerable!)")]
    public void ParseChange_MalformedEntry_ReturnsNull(string line)
    {
        // Act
        var change = PkgEntryParser.ParseChange(line, PkgSection.Upgrade);

        // Assert
        Assert.Null(change);
    }

    [Theory]
    [InlineData("\tPackage firefox-esr-115.4.0,1 is locked and may not be upgraded to version 115.5.0,1", "firefox-esr", "115.4.0,1", "115.5.0,1")]
    [InlineData("\tfirefox-esr-115.4.0,1", "firefox-esr", "115.4.0,1", null)]
    [InlineData("\tfirefox-esr: 115.4.0,1 -> 115.5.0,1", "firefox-esr", "115.4.0,1", "115.5.0,1")]
    public void ParseLocked_LockedShapes_GiveHeldPackage(string line, string name, string current, string? available)
    {
        // Act
        var held = PkgEntryParser.ParseLocked(line);

        // Assert
        Assert.Equal(new HeldPackage(name, current, available), held);
    }

    [Theory]
    [InlineData("foo-1.0 is locked and may not be modified", "foo", "1.0")]
    [InlineData("Checking for upgrades (3 candidates): .....foo.bar-2_1,1 is locked and may not be modified", "foo.bar", "2_1,1")]
    [InlineData("Processing candidates (3 candidates): 100%gtk+3-3.24 is locked and may not be modified", "gtk+3", "3.24")]
    public void CollectLocked_MessageAloneOrGlued_FindsThePackage(string line, string name, string version)
    {
        // Arrange
        var held = new List<HeldPackage>();

        // Act
        int found = PkgLockedMessages.Collect(line, held);

        // Assert
        Assert.Equal(1, found);
        Assert.Equal([new HeldPackage(name, version)], held);
    }
}
