using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>The real pkg on the sample world (file:// repositories, a private installed set), checked as root.</summary>
public sealed class PkgBackendCheckTests(PkgSampleWorldFixture sample) : IClassFixture<PkgSampleWorldFixture>
{
    [Theory]
    [InlineData("curl", ChangeAction.Upgrade, "8.4.0", "8.5.0")]
    [InlineData("zsh", ChangeAction.Upgrade, "5.9", "5.9_1")]
    [InlineData("libnew", ChangeAction.Install, null, "1.0")]
    [InlineData("bash", ChangeAction.Upgrade, "5.2.21", "5.2.26")]
    [InlineData("oldsh", ChangeAction.Remove, "1.0", null)]
    [InlineData("vim", ChangeAction.Reinstall, "9.1.0", "9.1.0")]
    [InlineData("git", ChangeAction.Upgrade, "2.42.0", "2.43.0")]
    [InlineData("pkg", ChangeAction.Upgrade, "2.0.5", "2.0.6")]
    public void Check_SampleWorld_PlansWhatPkgUpgradeWouldDo(string name, ChangeAction action, string? current, string? next)
    {
        // Arrange
        var plan = sample.Plan;

        // Act
        var change = plan.Updates.Single(u => u.Name == name);

        // Assert
        Assert.Equal((action, current, next), (change.Action, change.CurrentVersion, change.NewVersion));
    }

    [Fact]
    public void Check_SampleWorld_OffersNothingElse()
    {
        // Arrange
        var plan = sample.Plan;

        // Act
        var names = plan.Updates.Select(u => u.Name).Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(["bash", "curl", "git", "libnew", "oldsh", "pkg", "vim", "zsh"], names);
    }

    [Fact]
    public void Check_OptionChanged_ReinstallCarriesPkgsReason()
    {
        // Arrange
        var plan = sample.Plan;

        // Act
        var vim = plan.Updates.Single(u => u.Name == "vim");

        // Assert
        Assert.Equal("option changed: X11 (off -> on)", vim.Reason);
    }

    [Fact]
    public void Check_TwoRepositories_EachChangeNamesItsRepository()
    {
        // Arrange
        var plan = sample.Plan;

        // Act
        var repositories = plan.Updates.Where(u => u.Action != ChangeAction.Remove).ToDictionary(u => u.Name, u => u.Repository);

        // Assert
        Assert.Equal("extra", repositories["git"]);
        Assert.Equal("main", repositories["curl"]);
        Assert.Equal("main", repositories["libnew"]);
    }

    [Fact]
    public void Check_LockedPackage_IsHeldNotOffered()
    {
        // Arrange
        var plan = sample.Plan;

        // Act
        var held = Assert.Single(plan.Held);

        // Assert
        Assert.Equal(("firefox", "121.0,2"), (held.Name, held.CurrentVersion));
        Assert.DoesNotContain(plan.Updates, u => u.Name == "firefox");
    }

    [Fact]
    public void Check_PkgAmongUpgrades_SaysSelfUpgradeFirst()
    {
        // Arrange
        var plan = sample.Plan;

        // Act
        var selfFirst = plan.SelfUpgradeFirst;

        // Assert: file:// repositories print no "to be downloaded" line, so the size stays unknown.
        Assert.True(selfFirst);
        Assert.Null(plan.DownloadBytes);
    }

    [Fact]
    public void Check_AsRootWithRefresh_SaysTheCatalogueIsFresh()
    {
        // Arrange
        var plan = sample.Plan;

        // Act
        var age = plan.CheckedAt - plan.CatalogueUpdatedAt;

        // Assert
        Assert.True(plan.CatalogueRefreshed);
        Assert.NotNull(age);
        Assert.Equal("pkg", plan.Backend);
    }
}
