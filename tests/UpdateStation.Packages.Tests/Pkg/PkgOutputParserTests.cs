using UpdateStation.Packages.Model;
using UpdateStation.Packages.Pkg;

namespace UpdateStation.Packages.Tests.Pkg;

public sealed class PkgOutputParserTests
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public void Parse_EverySection_ReadsEachActionInPkgOrder()
    {
        // Act
        var plan = PkgOutputParser.Parse(Fixture.Read("upgrade-all-sections.txt"));

        // Assert
        Assert.Equal(
            ["libsigc++30", "py311-setuptools63", "curl", "firefox", "drm-515-kmod", "gnome_subr", "p5-Locale-gettext", "vim", "py311-setuptools"],
            plan.Updates.Select(u => u.Name));
        Assert.Equal(
            [ChangeAction.Install, ChangeAction.Install, ChangeAction.Upgrade, ChangeAction.Upgrade, ChangeAction.Upgrade,
             ChangeAction.Downgrade, ChangeAction.Reinstall, ChangeAction.Reinstall, ChangeAction.Remove],
            plan.Updates.Select(u => u.Action));
    }

    [Fact]
    public void Parse_EverySection_ReadsVersionsRepositoriesAndReasons()
    {
        // Act
        var plan = PkgOutputParser.Parse(Fixture.Read("upgrade-all-sections.txt"));

        // Assert
        var byName = plan.Updates.ToDictionary(u => u.Name);
        Assert.Equal(new PackageChange("libsigc++30", ChangeAction.Install, null, "3.4.0", "FreeBSD"), byName["libsigc++30"]);
        Assert.Equal(new PackageChange("firefox", ChangeAction.Upgrade, "120.0_2,2", "121.0,2", "FreeBSD"), byName["firefox"]);
        Assert.Equal("FreeBSD-kmods", byName["drm-515-kmod"].Repository);
        Assert.Equal(("1.0.b", "1.0.a"), (byName["gnome_subr"].CurrentVersion, byName["gnome_subr"].NewVersion));
        Assert.Equal(
            new PackageChange("p5-Locale-gettext", ChangeAction.Reinstall, "1.07_3", "1.07_3", "FreeBSD", Reason: "direct dependency changed: perl5 (added)"),
            byName["p5-Locale-gettext"]);
        Assert.Equal("option changed: DOCS (on -> off)", byName["vim"].Reason);
        Assert.Equal(
            new PackageChange("py311-setuptools", ChangeAction.Remove, "63.1.0_1", null, Reason: "conflicts with py311-setuptools63"),
            byName["py311-setuptools"]);
    }

    [Fact]
    public void Parse_EverySection_ReadsSizes()
    {
        // Act
        var plan = PkgOutputParser.Parse(Fixture.Read("upgrade-all-sections.txt"));

        // Assert
        Assert.Equal(45 * MiB, plan.DownloadBytes);
        Assert.Equal(12 * MiB, plan.DiskChangeBytes);
        Assert.False(plan.SelfUpgradeFirst);
        Assert.False(plan.UpToDate);
    }

    [Fact]
    public void Parse_RemovedFirstAsBeforePkg2_ReadsRemovalsAndOldUnits()
    {
        // Act
        var plan = PkgOutputParser.Parse(Fixture.Read("upgrade-removed-first.txt"));

        // Assert
        Assert.Equal(
            [("xorg-fonts-truetype", ChangeAction.Remove), ("libXfont", ChangeAction.Remove), ("xorg-fonts-ttf", ChangeAction.Install),
             ("xorg-server", ChangeAction.Upgrade), ("xterm", ChangeAction.Reinstall)],
            plan.Updates.Select(u => (u.Name, u.Action)));
        Assert.Equal("7.7_1", plan.Updates[0].CurrentVersion);
        Assert.Equal("options changed", plan.Updates[4].Reason);
        Assert.All(plan.Updates, u => Assert.Null(u.Repository));
        Assert.Equal(-3 * MiB, plan.DiskChangeBytes);
        Assert.Equal(1536L * 1024, plan.DownloadBytes);
    }

    [Fact]
    public void Parse_VulnerableMarkers_FlagOnlyThoseChanges()
    {
        // Act
        var plan = PkgOutputParser.Parse(Fixture.Read("upgrade-vulnerable.txt"));

        // Assert
        Assert.Equal(["libxml2", "sudo"], plan.Updates.Where(u => u.Vulnerable).Select(u => u.Name));
        Assert.Equal("1.9.15p2", plan.Updates.Single(u => u.Name == "sudo").NewVersion);
        Assert.All(plan.Updates, u => Assert.Equal("FreeBSD", u.Repository));
        Assert.Equal(2L << 30, plan.DiskChangeBytes);
        Assert.Equal(512, plan.DownloadBytes);
    }

    [Fact]
    public void Parse_LockedSection_ReportsHeldNeverUpdates()
    {
        // Act
        var plan = PkgOutputParser.Parse(Fixture.Read("upgrade-locked-section.txt"));

        // Assert
        Assert.Equal(
            [new HeldPackage("firefox-esr", "115.4.0,1", "115.5.0,1"), new HeldPackage("py39-Pillow", "9.4.0_1", "10.1.0")],
            plan.Held);
        Assert.Equal(["bash"], plan.Updates.Select(u => u.Name));
    }

    [Fact]
    public void Parse_ModernLockedMessages_ReportsHeldIncludingOneGluedToProgress()
    {
        // Act
        var plan = PkgOutputParser.Parse(Fixture.Read("upgrade-locked-modern.txt"));

        // Assert
        Assert.Equal([new HeldPackage("firefox-esr", "115.4.0,1"), new HeldPackage("gtk+3", "3.24.38_1")], plan.Held);
        Assert.Equal(["git", "nginx"], plan.Updates.Select(u => u.Name));
        Assert.Equal(1024, plan.DiskChangeBytes);
    }

    [Fact]
    public void Parse_EverythingLocked_IsUpToDateWithHeldPackages()
    {
        // Act
        var plan = PkgOutputParser.Parse(Fixture.Read("upgrade-all-locked.txt"));

        // Assert
        Assert.True(plan.UpToDate);
        Assert.Empty(plan.Updates);
        Assert.Equal([new HeldPackage("mesa-dri", "23.1.9")], plan.Held);
    }

    [Fact]
    public void Parse_PkgAmongUpgrades_SetsSelfUpgradeFirst()
    {
        // Act
        var plan = PkgOutputParser.Parse(Fixture.Read("upgrade-pkg-first.txt"));

        // Assert
        Assert.True(plan.SelfUpgradeFirst);
        Assert.Equal(["pkg", "zsh"], plan.Updates.Select(u => u.Name));
    }

    [Fact]
    public void Parse_UpToDate_HasNoUpdatesAndNoSizes()
    {
        // Act
        var plan = PkgOutputParser.Parse(Fixture.Read("up-to-date.txt"));

        // Assert
        Assert.True(plan.UpToDate);
        Assert.Empty(plan.Updates);
        Assert.Empty(plan.Held);
        Assert.Null(plan.DownloadBytes);
        Assert.Null(plan.DiskChangeBytes);
    }

    [Fact]
    public void Parse_FetchedAndGroupSections_AreNotUpdates()
    {
        // Act
        var plan = PkgOutputParser.Parse(Fixture.Read("upgrade-fetched-groups.txt"));

        // Assert
        Assert.Equal([new PackageChange("R-cran-Rcpp_1.0", ChangeAction.Upgrade, "1.0.11", "1.0.12", "FreeBSD")], plan.Updates);
        Assert.Equal(-20L * 1024, plan.DiskChangeBytes);
        Assert.Null(plan.DownloadBytes);
    }

    [Fact]
    public void Parse_CrLfLineEnds_ReadsTheSamePlan()
    {
        // Arrange
        var text = Fixture.Read("upgrade-all-sections.txt").Replace("\n", "\r\n", StringComparison.Ordinal);

        // Act
        var plan = PkgOutputParser.Parse(text);

        // Assert
        Assert.Equal(9, plan.Updates.Count);
    }
}
