using UpdateStation.Upgrade.Elevation;

namespace UpdateStation.Helper.Tests;

public sealed class ElevationTests
{
    [Fact]
    public void Choose_PkexecInstalled_IsPkexecEvenWithSudo()
    {
        // Act
        var method = Elevation.Choose(name => name is "pkexec" or "sudo" ? "/usr/bin/" + name : null);

        // Assert
        Assert.Equal(ElevationMethod.Pkexec, method);
    }

    [Fact]
    public void Choose_OnlySudo_IsNonInteractiveSudo()
    {
        // Act
        var method = Elevation.Choose(name => name == "sudo" ? "/usr/bin/sudo" : null);

        // Assert
        Assert.Equal(["sudo", "-n", "/usr/libexec/update-station-helper", "refresh"], method!.CommandLine("/usr/libexec/update-station-helper", ["refresh"]));
    }

    [Fact]
    public void Choose_Neither_IsNull()
    {
        // Act, Assert
        Assert.Null(Elevation.Choose(_ => null));
    }

    [Theory]
    [InlineData(126, false, ElevationOutcome.Cancelled)]
    [InlineData(127, false, ElevationOutcome.NotAuthorized)]
    [InlineData(1, true, ElevationOutcome.Ran)]
    [InlineData(3, true, ElevationOutcome.Ran)]
    public void Interpret_PkexecStatus_SaysWhatHappened(int exitCode, bool helperStarted, ElevationOutcome expected)
    {
        // Act, Assert
        Assert.Equal(expected, Elevation.Interpret(ElevationMethod.Pkexec, exitCode, helperStarted));
    }

    [Fact]
    public void HelperPath_FrontEndInBin_IsLibexecBesideIt()
    {
        // Act
        var path = Elevation.HelperPath("/usr/local/bin/update-station");

        // Assert
        Assert.Equal("/usr/local/libexec/update-station-helper", path);
    }
}
