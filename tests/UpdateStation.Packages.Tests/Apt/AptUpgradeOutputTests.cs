using UpdateStation.Packages.Apt;

namespace UpdateStation.Packages.Tests.Apt;

public sealed class AptUpgradeOutputTests
{
    [Fact]
    public void OnLine_StatusLineGluedToHalfAnOutputLine_StillReportsProgress()
    {
        // Arrange: apt's block-buffered stdout flushed mid-line, then a status line was appended to the same run log.
        var progress = new RecordingProgress();
        var output = new AptUpgradeOutput(progress);

        // Act
        output.OnLine("Unpacking c (2.0) ovpmstatus:c:22.2222:Installing c (amd64)", isError: true);

        // Assert
        var step = Assert.Single(progress.Events);
        Assert.Equal(("c", 22.2222), (step.Package, step.Percent));
    }

    [Fact]
    public void ToException_AptFailed_NamesTheRunLog()
    {
        // Arrange
        var output = new AptUpgradeOutput(new RecordingProgress());
        output.OnLine("E: Sub-process /usr/bin/dpkg returned an error code (1)", isError: true);

        // Act
        var exception = output.ToException("apt-get dist-upgrade", 100, TimeSpan.FromSeconds(1), "/var/log/update-station.log");

        // Assert
        Assert.EndsWith("See the log /var/log/update-station.log.", exception.Message, StringComparison.Ordinal);
        ExceptionAssert.IsOneClearLine(exception);
    }
}
