using UpdateStation.Packages.Model;
using UpdateStation.Packages.Pkg;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>The real pkg's catalogue gives each change its comment, description, homepage and flat sizes, and the origin for the details pane.</summary>
public sealed class PkgBackendDetailsTests(PkgSampleWorldFixture sample) : IClassFixture<PkgSampleWorldFixture>
{
    [Fact]
    public void Check_Upgrade_HasTheNewVersionsCommentDescriptionAndHomepage()
    {
        // Arrange, Act
        var curl = sample.Plan.Updates.Single(u => u.Name == "curl");

        // Assert
        Assert.Equal(("test package curl", "A test package for Update Station.", "https://example.invalid/"), (curl.Summary, curl.Description, curl.Homepage));
    }

    [Fact]
    public void Check_NewAndRemovedPackages_DiskChangeIsTheirFlatSize()
    {
        // Arrange, Act
        var libnew = sample.Plan.Updates.Single(u => u.Name == "libnew");
        var oldsh = sample.Plan.Updates.Single(u => u.Name == "oldsh");

        // Assert: each ships one small file, VERSION.
        Assert.True(libnew.DiskChangeBytes > 0, $"libnew: {libnew.DiskChangeBytes}");
        Assert.True(oldsh.DiskChangeBytes < 0, $"oldsh: {oldsh.DiskChangeBytes}");
    }

    [Fact(Timeout = 60_000)]
    public async Task Changelog_Upgrade_SaysPkgKeepsNoneAndNamesTheOriginAndHomepage()
    {
        // Arrange
        var backend = new PkgBackend(RealPkgOptions.For(sample.World, isRoot: true));
        var curl = sample.Plan.Updates.Single(u => u.Name == "curl");

        // Act
        var changelog = await backend.ChangelogAsync(curl, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(
            new Changelog(null, "https://example.invalid/", "tests/curl", "pkg keeps no changelogs; the port's history is in the ports tree under its origin."),
            changelog);
    }

    [Fact(Timeout = 60_000)]
    public async Task Changelog_Removal_NamesTheInstalledPackagesOrigin()
    {
        // Arrange
        var backend = new PkgBackend(RealPkgOptions.For(sample.World, isRoot: true));

        // Act
        var changelog = await backend.ChangelogAsync(new PackageChange("oldsh", ChangeAction.Remove, "1.0", null), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal("tests/oldsh", changelog.Origin);
    }
}
