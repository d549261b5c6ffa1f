using UpdateStation.Settings;

namespace UpdateStation.Gtk.Tests;

public sealed class WindowContentTests
{
    [Fact]
    public void Compose_PlanWithASecurityUpdate_CountsItInTheHeader()
    {
        // Arrange
        PublishedState state = new(Plans.Instance(), Plans.With(Plans.Upgrade("a"), Plans.Upgrade("b", security: true)), null);

        // Act
        WindowContent content = WindowContent.Compose(state, null, Plans.Now);

        // Assert
        Assert.Equal("2 updates available (1 security)", content.Header);
        Assert.False(content.Failed);
    }

    [Theory]
    [InlineData(1, "1 update available")]
    [InlineData(6, "6 updates available")]
    public void Compose_PlanWithoutSecurity_SaysOnlyTheCount(int count, string header)
    {
        // Arrange
        PublishedState state = new(null, Plans.With([.. Enumerable.Range(0, count).Select(i => Plans.Upgrade($"p{i}"))]), null);

        // Act
        WindowContent content = WindowContent.Compose(state, null, Plans.Now);

        // Assert
        Assert.Equal(header, content.Header);
    }

    [Fact]
    public void Compose_EmptyPlan_IsUpToDate()
    {
        // Act
        WindowContent content = WindowContent.Compose(new(Plans.Instance(), Plans.With(), null), null, Plans.Now);

        // Assert
        Assert.Equal("Your system is up to date", content.Header);
        Assert.Empty(content.Groups);
        Assert.True(content.UpToDate);
        Assert.Equal("Last checked today at " + Plans.Now.AddMinutes(-1).ToLocalTime().ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), content.LastChecked);
    }

    [Fact]
    public void Compose_OnlyIgnoredChanges_SaysUpToDateAndListsThemWithNothingToInstall()
    {
        // Arrange
        var plan = Plans.With() with { Ignored = [new IgnoredChange(Plans.Upgrade("firefox-esr"), new IgnoreRule("firefox-esr", null))] };

        // Act
        WindowContent content = WindowContent.Compose(new(Plans.Instance(), plan, null), null, Plans.Now);

        // Assert
        Assert.Equal("Your system is up to date", content.Header);
        Assert.False(content.UpToDate); // the list page, so that the ignored group is seen
        var group = Assert.Single(content.Groups);
        Assert.True(group.Ignored);
        Assert.Equal("firefox-esr", Assert.Single(group.Rows).Package);
        Assert.Null(content.Fingerprint);
    }

    [Fact]
    public void Compose_EmptyPlanAfterAFailedCheck_IsNotUpToDate()
    {
        // Arrange
        CheckSummary failed = new(Plans.Now, 0, 0, "apt-get update failed.");

        // Act
        WindowContent content = WindowContent.Compose(new(Plans.Instance(lastCheck: failed), Plans.With(), null), null, Plans.Now);

        // Assert
        Assert.False(content.UpToDate);
        Assert.True(content.Failed);
    }

    [Fact]
    public void Compose_PlanThatRemovesAPackage_NeverCountsItAsAnUpdate()
    {
        // Arrange
        UpdatePlan plan = Plans.With(Plans.Upgrade("a"), Plans.Upgrade("b", security: true), new PackageChange("legacy-codec", ChangeAction.Remove, "1", null, Security: true));

        // Act
        WindowContent content = WindowContent.Compose(new(Plans.Instance(), plan, null), null, Plans.Now);

        // Assert
        Assert.Equal("2 updates available (1 security)", content.Header);
        Assert.Equal("Also removes 1 package: legacy-codec", content.Removals);
    }

    [Fact]
    public void Compose_ChangesWithSizes_SumsThemInTheHeaderLine()
    {
        // Arrange
        UpdatePlan plan = Plans.With(
            Plans.Upgrade("a") with { DownloadBytes = 1024 * 1024, DiskChangeBytes = 2048 },
            new PackageChange("gone", ChangeAction.Remove, "1", null, DiskChangeBytes: -1024));

        // Act
        WindowContent content = WindowContent.Compose(new(null, plan, null), null, Plans.Now);

        // Assert
        Assert.Equal("1.0 MiB to download, 1.0 KiB more disk space", content.Sizes);
    }

    [Fact]
    public void Compose_InstanceChecking_SaysSoOverTheLastPlanWhichStaysListed()
    {
        // Act
        WindowContent content = WindowContent.Compose(new(Plans.Instance(checking: true), Plans.With(Plans.Upgrade("a")), null), null, Plans.Now);

        // Assert
        Assert.Equal("Checking for updates…", content.Header);
        Assert.Single(content.Groups);
    }

    [Fact]
    public void Compose_LastCheckFailedAfterTheLastGoodPlan_ShowsTheErrorWithTryAgain()
    {
        // Arrange
        CheckSummary failed = new(Plans.Now, 0, 0, "apt-get update failed: could not resolve deb.debian.org.");
        PublishedState state = new(Plans.Instance(lastCheck: failed), Plans.With(Plans.Upgrade("a")), null);

        // Act
        WindowContent content = WindowContent.Compose(state, null, Plans.Now);

        // Assert
        Assert.Equal("Last check failed: apt-get update failed: could not resolve deb.debian.org.", content.Header);
        Assert.True(content.Failed);
        Assert.Single(content.Groups);
    }

    [Fact]
    public void Compose_FailureOlderThanThePlan_ShowsThePlan()
    {
        // Arrange
        CheckSummary failed = new(Plans.Now.AddHours(-2), 0, 0, "network down.");
        PublishedState state = new(Plans.Instance(lastCheck: failed), Plans.With(Plans.Upgrade("a")), null);

        // Act
        WindowContent content = WindowContent.Compose(state, null, Plans.Now);

        // Assert
        Assert.Equal("1 update available", content.Header);
        Assert.False(content.Failed);
    }

    [Fact]
    public void Compose_CheckAgainFailed_ShowsWhyUntilTheInstanceChecks()
    {
        // Act
        WindowContent failed = WindowContent.Compose(new(null, null, null), "The running instance (pid 7) did not respond.", Plans.Now);
        WindowContent checking = WindowContent.Compose(new(Plans.Instance(checking: true), null, null), "The running instance (pid 7) did not respond.", Plans.Now);

        // Assert
        Assert.Equal(("The running instance (pid 7) did not respond.", true), (failed.Header, failed.Failed));
        Assert.Equal("Checking for updates…", checking.Header);
    }

    [Fact]
    public void Compose_NoPlanYet_SaysSoAndListsNothing()
    {
        // Act
        WindowContent content = WindowContent.Compose(PublishedState.Nothing, null, Plans.Now);

        // Assert
        Assert.Equal(("No check has completed yet", false, ""), (content.Header, content.Failed, content.Catalogue));
    }

    [Fact]
    public void Compose_UnreadablePlan_ShowsTheProblemAsAnError()
    {
        // Act
        WindowContent content = WindowContent.Compose(new(null, null, "Cannot read the last plan in /run/x/plan.json: bad JSON."), null, Plans.Now);

        // Assert
        Assert.Equal(("Cannot read the last plan in /run/x/plan.json: bad JSON.", true), (content.Header, content.Failed));
    }

    [Theory]
    [InlineData(0.5, "Package catalogue refreshed just now")]
    [InlineData(1, "Package catalogue refreshed 1 minute ago")]
    [InlineData(3, "Package catalogue refreshed 3 minutes ago")]
    [InlineData(120, "Package catalogue refreshed 2 hours ago")]
    [InlineData(60 * 24 * 3, "Package catalogue refreshed 3 days ago")]
    public void Compose_CatalogueAge_IsSaidInWords(double minutes, string line)
    {
        // Arrange
        UpdatePlan plan = Plans.With() with { CatalogueUpdatedAt = Plans.Now.AddMinutes(-minutes) };

        // Act
        WindowContent content = WindowContent.Compose(new(null, plan, null), null, Plans.Now);

        // Assert
        Assert.Equal(line, content.Catalogue);
    }

    [Fact]
    public void Compose_CatalogueRefreshedByTheCheck_IsAsOldAsTheCheck()
    {
        // Arrange
        UpdatePlan plan = Plans.With() with { CatalogueRefreshed = true, CheckedAt = Plans.Now.AddMinutes(-5), CatalogueUpdatedAt = null };

        // Act
        WindowContent content = WindowContent.Compose(new(null, plan, null), null, Plans.Now);

        // Assert
        Assert.Equal("Package catalogue refreshed 5 minutes ago", content.Catalogue);
    }

    [Fact]
    public void Compose_HeldPackagesAndSizes_HaveTheirOwnLines()
    {
        // Arrange
        UpdatePlan plan = Plans.With(Plans.Upgrade("a")) with
        {
            Held = [new HeldPackage("frozen-tool", "1.0"), new HeldPackage("pinned", "2.0")],
            DownloadBytes = 45 * 1024 * 1024,
            DiskChangeBytes = -512,
        };

        // Act
        WindowContent content = WindowContent.Compose(new(null, plan, null), null, Plans.Now);

        // Assert
        Assert.Equal("Held back: frozen-tool, pinned", content.Held);
        Assert.Equal("45.0 MiB to download, 512 B of disk space freed", content.Sizes);
    }

    [Fact]
    public void Compose_SizesUnknown_LeavesTheLineEmpty()
    {
        // Act
        WindowContent content = WindowContent.Compose(new(null, Plans.With(Plans.Upgrade("a")), null), null, Plans.Now);

        // Assert
        Assert.Equal(("", ""), (content.Held, content.Sizes));
    }
}
