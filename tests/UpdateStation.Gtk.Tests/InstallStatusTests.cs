namespace UpdateStation.Gtk.Tests;

public sealed class InstallStatusTests
{
    [Theory]
    [InlineData("refresh", null, "Refreshing the package catalogue")]
    [InlineData("boot-environment", null, "Making a boot environment")]
    [InlineData("download", "alpha", "Downloading packages: alpha")]
    [InlineData("install", "alpha", "Installing packages: alpha")]
    [InlineData("configure", "", "Configuring packages")]
    [InlineData("self-upgrade", "pkg", "Upgrading the package manager first: pkg")]
    [InlineData(null, null, "Installing packages")]
    public void Line_StepAndPackage_IsTheStatusLine(string? step, string? package, string expected)
    {
        // Act, Assert
        Assert.Equal(expected, InstallStatus.Line(step, package));
    }

    [Fact]
    public void Compose_PlanWithUpdates_CarriesItsFingerprintForInstall()
    {
        // Arrange
        var plan = Plans.With(Plans.Upgrade("a"));

        // Act
        var content = WindowContent.Compose(new(null, plan, null), null, Plans.Now);

        // Assert
        Assert.Equal(PlanFingerprint.Of(plan), content.Fingerprint);
    }

    [Fact]
    public void Compose_UpToDate_OffersNoInstall()
    {
        // Act
        var content = WindowContent.Compose(new(null, Plans.With(), null), null, Plans.Now);

        // Assert
        Assert.Null(content.Fingerprint);
    }
}
