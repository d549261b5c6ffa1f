using UpdateStation.Upgrade;
using UpdateStation.Upgrade.Elevation;
using UpdateStation.Upgrade.Events;

namespace UpdateStation.Upgrade.Tests;

/// <summary>How a run of the helper ends, in words (untranslated here: no catalogue beside the test runner).</summary>
public sealed class HelperMessagesTests
{
    [Theory]
    [InlineData(UpgradeEventNames.PlanChanged, 3, "The updates changed since they were shown; nothing was changed. Review the new list and install again.")]
    [InlineData(UpgradeEventNames.Busy, 4, "Another program is changing packages; nothing was changed. Try again when it has finished.")]
    [InlineData(UpgradeEventNames.BootEnvironment, 5, "No boot environment could be made, so nothing was changed: pool full. The log is /var/log/u.log.")]
    [InlineData(UpgradeEventNames.Cancelled, 1, "The upgrade was stopped before any package changed; nothing was changed.")]
    [InlineData(UpgradeEventNames.Failed, 1, "The updates could not be installed: pool full. The log is /var/log/u.log.")]
    public void Failure_HelperErrorCode_IsItsSentence(string code, int exitCode, string expected)
    {
        // Arrange
        var result = new HelperRunResult(ElevationOutcome.Ran, exitCode, UpgradeEvent.ForError(code, "pool full. The log is /var/log/u.log.", "/var/log/u.log"), "");

        // Act, Assert
        Assert.Equal(expected, HelperMessages.Failure(result, ElevationMethod.Pkexec));
    }

    [Theory]
    [InlineData(ElevationOutcome.Cancelled, "pkexec", "Authentication was cancelled; nothing was changed.")]
    [InlineData(ElevationOutcome.NotAuthorized, "pkexec", "You are not authorized to install updates, or no authentication agent is running to ask for a password; nothing was changed.")]
    [InlineData(ElevationOutcome.NotAuthorized, "sudo", "sudo does not allow this user to run update-station-helper without a password; nothing was changed.")]
    [InlineData(ElevationOutcome.NotAuthorized, "doas", "doas does not allow this user to run update-station-helper without a password; nothing was changed.")]
    public void Failure_ElevationRefused_SaysSoAndThatNothingChanged(ElevationOutcome outcome, string method, string expected)
    {
        // Arrange
        var result = new HelperRunResult(outcome, outcome == ElevationOutcome.Cancelled ? 126 : 127, null, "Not authorized");

        // Act, Assert
        Assert.Equal(expected, HelperMessages.Failure(result, method switch { "sudo" => ElevationMethod.Sudo, "doas" => ElevationMethod.Doas, _ => ElevationMethod.Pkexec }));
    }

    [Fact]
    public void Failure_HelperRefusedBeforeItsEvents_QuotesItsLine()
    {
        // Arrange
        var result = new HelperRunResult(ElevationOutcome.Ran, 1, null, "update-station-helper: /etc/update-station/settings.toml: others can write it.");

        // Act, Assert
        Assert.Equal(
            "The update helper failed (exit status 1): update-station-helper: /etc/update-station/settings.toml: others can write it.",
            HelperMessages.Failure(result, ElevationMethod.Pkexec));
    }

    [Fact]
    public void Failure_Done_IsNull()
    {
        // Arrange
        var result = new HelperRunResult(ElevationOutcome.Ran, 0, new UpgradeEvent(UpgradeEventNames.EventDone) { RestartNeeded = false }, "");

        // Act, Assert
        Assert.Null(HelperMessages.Failure(result, ElevationMethod.Sudo));
    }
}
