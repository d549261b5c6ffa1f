using System.Globalization;

namespace UpdateStation.Gtk.Tests;

public sealed class TrayIconContentTests
{
    [Fact]
    public void Compose_SecurityUpdates_ShowTheUrgentIconAndTheCounts()
    {
        // Arrange
        UpdatePlan plan = Plans.With(Plans.Upgrade("a"), Plans.Upgrade("b", security: true));

        // Act
        TrayIconContent icon = TrayIconContent.Compose(new(Plans.Instance(), plan, null), Plans.Now);

        // Assert
        Assert.True(icon.Visible);
        Assert.Equal("software-update-urgent", icon.IconName);
        Assert.StartsWith("2 updates (1 security), checked ", icon.Tooltip, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_UpdatesWithoutSecurity_ShowTheAvailableIcon()
    {
        // Act
        TrayIconContent icon = TrayIconContent.Compose(new(Plans.Instance(), Plans.With(Plans.Upgrade("a")), null), Plans.Now);

        // Assert
        Assert.Equal((true, "software-update-available"), (icon.Visible, icon.IconName));
        Assert.StartsWith("1 update, checked ", icon.Tooltip, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_PlanThatRemovesAPackage_CountsOnlyUpdatesAndNamesTheRemovalApart()
    {
        // Arrange
        UpdatePlan plan = Plans.With(Plans.Upgrade("a"), new PackageChange("legacy-codec", ChangeAction.Remove, "0.9.2-3", null));
        UpdatePlan onlyRemoves = Plans.With(new PackageChange("legacy-codec", ChangeAction.Remove, "0.9.2-3", null));

        // Act
        TrayIconContent icon = TrayIconContent.Compose(new(Plans.Instance(), plan, null), Plans.Now);
        TrayIconContent removal = TrayIconContent.Compose(new(Plans.Instance(), onlyRemoves, null), Plans.Now);

        // Assert
        string[] lines = icon.Tooltip.Split('\n');
        Assert.StartsWith("1 update, checked ", lines[0], StringComparison.Ordinal);
        Assert.Equal("Also removes 1 package: legacy-codec", lines[1]);
        Assert.False(removal.Visible);
    }

    [Fact]
    public void Compose_UpToDateOrNoCheckYet_HidesTheIcon()
    {
        // Act
        TrayIconContent upToDate = TrayIconContent.Compose(new(Plans.Instance(), Plans.With(), null), Plans.Now);
        TrayIconContent before = TrayIconContent.Compose(new(Plans.Instance(), null, null), Plans.Now);

        // Assert
        Assert.False(upToDate.Visible);
        Assert.StartsWith("Up to date, checked ", upToDate.Tooltip, StringComparison.Ordinal);
        Assert.Equal((false, "No check has completed yet"), (before.Visible, before.Tooltip));
    }

    [Fact]
    public void Compose_Checking_SaysSoAndKeepsTheLastPlansIcon()
    {
        // Act
        TrayIconContent icon = TrayIconContent.Compose(new(Plans.Instance(checking: true), Plans.With(Plans.Upgrade("a")), null), Plans.Now);

        // Assert
        Assert.Equal((true, "Checking for updates…"), (icon.Visible, icon.Tooltip));
    }

    [Fact]
    public void Compose_FailedCheck_KeepsTheLastGoodPlansStatusAndSaysItFailed()
    {
        // Arrange
        CheckSummary failed = new(Plans.Now, 0, 0, "network unreachable.");

        // Act
        TrayIconContent icon = TrayIconContent.Compose(new(Plans.Instance(lastCheck: failed), Plans.With(), null), Plans.Now);

        // Assert
        Assert.False(icon.Visible);
        Assert.StartsWith("Last check failed: network unreachable. Last good check ", icon.Tooltip, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_FailureWithControlAndBidiCharacters_ShowsThemEscaped()
    {
        // Arrange
        CheckSummary failed = new(Plans.Now, 0, 0, "mirror \u202Egnp.exe\u001b[2J\u0007");

        // Act
        TrayIconContent icon = TrayIconContent.Compose(new(Plans.Instance(lastCheck: failed), null, null), Plans.Now);

        // Assert
        Assert.Equal(@"Last check failed: mirror \u202egnp.exe\e[2J\x07", icon.Tooltip);
    }

    [Fact]
    public void Compose_LastGoodCheckOnAnotherDay_NamesTheDayInNumbers()
    {
        // Arrange
        CheckSummary failed = new(Plans.Now, 0, 0, "network unreachable.");
        UpdatePlan earlier = Plans.With() with { CheckedAt = Plans.Now.AddDays(-3) };
        string day = earlier.CheckedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

        // Act
        TrayIconContent icon = TrayIconContent.Compose(new(Plans.Instance(lastCheck: failed), earlier, null), Plans.Now);

        // Assert
        Assert.Equal($"Last check failed: network unreachable. Last good check {day}.", icon.Tooltip);
    }

    [Fact]
    public void Compose_NoGoodCheckForAWeek_ShowsTheIconAndSaysSo()
    {
        // Arrange
        CheckSummary failed = new(Plans.Now, 0, 0, "network unreachable.");
        UpdatePlan old = Plans.With() with { CheckedAt = Plans.Now.AddDays(-8) };

        // Act
        TrayIconContent icon = TrayIconContent.Compose(new(Plans.Instance(lastCheck: failed), old, null), Plans.Now);

        // Assert
        Assert.True(icon.Visible);
        Assert.Equal("No good check for 8 days. Last check failed: network unreachable.", icon.Tooltip);
    }
}
