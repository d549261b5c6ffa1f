using UpdateStation.Upgrade.Events;

namespace UpdateStation.Gtk.Tests;

public sealed class InstallProgressTests
{
    private static readonly DateTimeOffset s_start = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_DownloadHalfwayAfterTenSeconds_SaysBytesSpeedAndTimeLeft()
    {
        // Arrange
        InstallProgress progress = new(4, 40L * 1024 * 1024);
        progress.Apply(UpgradeEvent.ForProgress(0, null), UpgradeEventNames.StepDownload, s_start);

        // Act
        progress.Apply(UpgradeEvent.ForProgress(50, null), UpgradeEventNames.StepDownload, s_start.AddSeconds(10));

        // Assert
        Assert.Equal("20.0 MiB of 40.0 MiB (2.0 MiB/s)", progress.Download);
        Assert.Equal("About 10 seconds left", progress.TimeLeft);
        Assert.Equal("", progress.Packages);
    }

    [Fact]
    public void Apply_PackagesSeenInUnpackAndConfigure_CountOnceEach()
    {
        // Arrange
        InstallProgress progress = new(3, null);

        // Act
        progress.Apply(UpgradeEvent.ForProgress(10, "alpha"), UpgradeEventNames.StepInstall, s_start);
        progress.Apply(UpgradeEvent.ForProgress(20, "beta"), UpgradeEventNames.StepInstall, s_start.AddMinutes(1));
        progress.Apply(UpgradeEvent.ForProgress(30, "alpha"), UpgradeEventNames.StepConfigure, s_start.AddMinutes(2));

        // Assert
        Assert.Equal("2 of 3 packages", progress.Packages);
        Assert.Equal(2, progress.Done);
    }

    [Fact]
    public void Apply_DownloadWithoutThePlansSize_SaysThePercentage()
    {
        // Arrange
        InstallProgress progress = new(1, null);

        // Act
        progress.Apply(UpgradeEvent.ForProgress(42.5, null), UpgradeEventNames.StepDownload, s_start);

        // Assert
        Assert.Equal("Downloaded 42%", progress.Download);
    }

    [Theory]
    [InlineData(60, 1, 3, "About 2 minutes left")]
    [InlineData(7200, 1, 2, "About 2 hours left")]
    [InlineData(10, 0, 3, "")]
    [InlineData(10, 3, 3, "")]
    public void Estimate_FromTheRateSoFar_RoundsToWords(int seconds, double done, double total, string expected)
    {
        // Act
        string estimate = InstallProgress.Estimate(TimeSpan.FromSeconds(seconds), done, total);

        // Assert
        Assert.Equal(expected, estimate);
    }
}
