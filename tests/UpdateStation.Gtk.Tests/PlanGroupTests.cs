namespace UpdateStation.Gtk.Tests;

public sealed class PlanGroupTests
{
    [Fact]
    public void From_MixedActions_GroupsInTheWindowsOrder()
    {
        // Arrange
        UpdatePlan plan = Plans.With(
            new PackageChange("old", ChangeAction.Downgrade, "2", "1"),
            new PackageChange("gone", ChangeAction.Remove, "1", null),
            Plans.Upgrade("a"),
            new PackageChange("again", ChangeAction.Reinstall, "1", "1", Reason: "options changed"),
            new PackageChange("fresh", ChangeAction.Install, null, "1"),
            Plans.Upgrade("b"));

        // Act
        IReadOnlyList<PlanGroup> groups = PlanGroup.From(plan);

        // Assert
        Assert.Equal(["Upgrade (2)", "Install (1)", "Remove (1)", "Reinstall (1)", "Downgrade (1)"], groups.Select(g => g.Title));
    }

    [Fact]
    public void From_SecurityUpdates_FormTheFirstGroupAndTheRestKeepThePlansOrder()
    {
        // Arrange
        UpdatePlan plan = Plans.With(
            new PackageChange("fix", ChangeAction.Install, null, "1", Security: true),
            Plans.Upgrade("zeta"),
            Plans.Upgrade("alpha"),
            Plans.Upgrade("openssl", security: true),
            Plans.Upgrade("mid"));

        // Act
        IReadOnlyList<PlanGroup> groups = PlanGroup.From(plan);

        // Assert
        Assert.Equal(["Security updates (2)", "Upgrade (3)"], groups.Select(g => g.Title));
        Assert.True(groups[0].Security);
        Assert.Equal(["fix", "openssl"], groups[0].Rows.Select(r => r.Package));
        Assert.Equal(["zeta", "alpha", "mid"], groups[1].Rows.Select(r => r.Package));
    }

    [Fact]
    public void From_IgnoredChanges_FormTheLastGroupEachNoteNamingItsRule()
    {
        // Arrange: an ignored security update is no security update of this plan.
        UpdatePlan plan = Plans.With(Plans.Upgrade("zlib")) with
        {
            Ignored = [new IgnoredChange(Plans.Upgrade("openssl", security: true), new Settings.IgnoreRule("openssl", null))],
        };

        // Act
        IReadOnlyList<PlanGroup> groups = PlanGroup.From(plan);

        // Assert
        Assert.Equal(["Upgrade (1)", "Ignored (1)"], groups.Select(g => g.Title));
        Assert.True(groups[1].Ignored);
        var row = Assert.Single(groups[1].Rows);
        Assert.Equal(("openssl", "", "ignored by your settings (rule openssl)"), (row.Package, row.Mark, row.Notes));
    }

    [Fact]
    public void From_SecurityUpdate_IsMarkedForTheEyeAndTheScreenReader()
    {
        // Act
        PlanGroup security = PlanGroup.From(Plans.With(Plans.Upgrade("openssl", security: true), Plans.Upgrade("zlib")))[0];

        // Assert
        PlanRow row = Assert.Single(security.Rows);
        Assert.Equal("security update", row.Mark);
        Assert.Equal("", PlanGroup.From(Plans.With(Plans.Upgrade("zlib")))[0].Rows[0].Mark);
    }

    [Fact]
    public void From_SecurityRemoval_IsARemovalNotASecurityUpdate()
    {
        // Act
        IReadOnlyList<PlanGroup> groups = PlanGroup.From(Plans.With(new PackageChange("gone", ChangeAction.Remove, "1", null, Security: true)));

        // Assert
        Assert.Equal(["Remove (1)"], groups.Select(g => g.Title));
        Assert.Equal("", groups[0].Rows[0].Mark);
    }

    [Fact]
    public void From_Change_FillsEveryColumnAsText()
    {
        // Arrange
        PackageChange change = new("<b>x</b>", ChangeAction.Reinstall, "1.0", "1.0", "FreeBSD", Security: true, Vulnerable: true, Reason: "direct dependency changed");

        // Act
        PlanRow row = Assert.Single(Assert.Single(PlanGroup.From(Plans.With(change))).Rows);

        // Assert
        Assert.Equal(new PlanRow("<b>x</b>", "1.0", "1.0", "FreeBSD", "vulnerable, direct dependency changed", "security update") { Change = change }, row);
    }

    [Fact]
    public void From_InstallAndRemove_LeaveTheMissingVersionEmpty()
    {
        // Act
        IReadOnlyList<PlanGroup> groups = PlanGroup.From(Plans.With(new("fresh", ChangeAction.Install, null, "2"), new("gone", ChangeAction.Remove, "1", null)));

        // Assert
        Assert.Equal(("fresh", "", "2"), (groups[0].Rows[0].Package, groups[0].Rows[0].Installed, groups[0].Rows[0].New));
        Assert.Equal(("gone", "1", ""), (groups[1].Rows[0].Package, groups[1].Rows[0].Installed, groups[1].Rows[0].New));
    }

    [Fact]
    public void LongestCells_ManyRows_KeepsEachColumnsLongestTexts()
    {
        // Arrange
        UpdatePlan plan = Plans.With(
            new("a", ChangeAction.Upgrade, "1", "2"),
            new("a-much-longer-name", ChangeAction.Upgrade, "1.0-1", "1.0-2"),
            new("mid-name", ChangeAction.Upgrade, "10.0.0~rc1-1", "3"));

        // Act
        IReadOnlyList<IReadOnlyList<string>> longest = PlanGroup.LongestCells(PlanGroup.From(plan), 2);

        // Assert
        Assert.Equal(["Upgrade (3)", "a-much-longer-name"], longest[0].Order(StringComparer.Ordinal));
        Assert.Equal(["1.0-1", "10.0.0~rc1-1"], longest[1].Order(StringComparer.Ordinal));
        Assert.Equal(5, longest.Count);
    }
}
