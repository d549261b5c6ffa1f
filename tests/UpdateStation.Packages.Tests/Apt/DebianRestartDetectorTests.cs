using UpdateStation.Packages.Apt;

namespace UpdateStation.Packages.Tests.Apt;

public sealed class DebianRestartDetectorTests : IDisposable
{
    private readonly DirectoryInfo _run = Directory.CreateTempSubdirectory("update-station-run-");

    public void Dispose() => _run.Delete(recursive: true);

    [Fact]
    public void Detect_NoFlagFile_NotRequired()
    {
        // Arrange
        var detector = new DebianRestartDetector(_run.FullName);

        // Act
        var status = detector.Detect();

        // Assert
        Assert.False(status.Required);
    }

    [Fact]
    public void Detect_FlagAndPackageList_RequiredByThosePackages()
    {
        // Arrange
        File.WriteAllText(Path.Combine(_run.FullName, "reboot-required"), "*** System restart required ***\n");
        File.WriteAllText(Path.Combine(_run.FullName, "reboot-required.pkgs"), "linux-image-6.1.0-18-amd64\nlibc6\nlibc6\n");
        var detector = new DebianRestartDetector(_run.FullName);

        // Act
        var status = detector.Detect();

        // Assert
        Assert.True(status.Required);
        Assert.Equal(["linux-image-6.1.0-18-amd64", "libc6"], status.Packages);
    }

    [Fact]
    public void Detect_FlagWithoutPackageList_RequiredWithReason()
    {
        // Arrange
        File.WriteAllText(Path.Combine(_run.FullName, "reboot-required"), "");
        var detector = new DebianRestartDetector(_run.FullName);

        // Act
        var status = detector.Detect();

        // Assert
        Assert.Equal((true, 0, true), (status.Required, status.Packages.Count, status.Reason?.EndsWith('.')));
    }
}
