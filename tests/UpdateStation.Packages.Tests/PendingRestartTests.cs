namespace UpdateStation.Packages.Tests;

public sealed class PendingRestartTests : IDisposable
{
    private readonly string _run = Directory.CreateTempSubdirectory("update-station-run-").FullName;

    public void Dispose() => Directory.Delete(_run, recursive: true);

    [Fact]
    public async Task DetectAsync_AptWithRebootRequiredFlag_IsRequiredAndNamesThePackages()
    {
        // Arrange
        File.WriteAllText(Path.Combine(_run, "reboot-required"), "*** System restart required ***\n");
        File.WriteAllText(Path.Combine(_run, "reboot-required.pkgs"), "linux-image-amd64\n");

        // Act
        var restart = await PendingRestart.DetectAsync("apt", _run, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(restart.Required);
        Assert.Equal(["linux-image-amd64"], restart.Packages);
    }

    [Fact]
    public async Task DetectAsync_AptAfterRestart_IsNotRequired()
    {
        // Act: a restart empties /run, so no flag.
        var restart = await PendingRestart.DetectAsync("apt", _run, TestContext.Current.CancellationToken);

        // Assert
        Assert.False(restart.Required);
    }
}
