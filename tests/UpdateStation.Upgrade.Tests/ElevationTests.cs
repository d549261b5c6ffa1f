using UpdateStation.Upgrade.Elevation;
using ElevationRules = UpdateStation.Upgrade.Elevation.Elevation;

namespace UpdateStation.Upgrade.Tests;

public sealed class ElevationTests
{
    [Fact]
    public void Choose_PkexecInstalled_IsPkexecEvenWithSudo()
    {
        // Act
        var method = ElevationRules.Choose(name => name is "pkexec" or "sudo" ? "/usr/bin/" + name : null);

        // Assert
        Assert.Equal(ElevationMethod.Pkexec, method);
    }

    [Fact]
    public void Choose_OnlySudo_IsNonInteractiveSudo()
    {
        // Act
        var method = ElevationRules.Choose(name => name == "sudo" ? "/usr/bin/sudo" : null);

        // Assert
        Assert.Equal(["sudo", "-n", "/usr/libexec/update-station-helper", "refresh"], method!.CommandLine("/usr/libexec/update-station-helper", ["refresh"]));
    }

    [Fact]
    public void Choose_OnlyDoas_IsNonInteractiveDoas()
    {
        // Act
        var method = ElevationRules.Choose(name => name == "doas" ? "/usr/local/bin/doas" : null);

        // Assert
        Assert.Equal(["doas", "-n", "/usr/local/libexec/update-station-helper", "refresh"], method!.CommandLine("/usr/local/libexec/update-station-helper", ["refresh"]));
    }

    [Fact]
    public void Choose_SudoAndDoas_IsSudo()
    {
        // Act, Assert
        Assert.Equal(ElevationMethod.Sudo, ElevationRules.Choose(name => name is "sudo" or "doas" ? "/usr/bin/" + name : null));
    }

    [Theory]
    [InlineData(1, false, ElevationOutcome.NotAuthorized)]
    [InlineData(1, true, ElevationOutcome.Ran)]
    [InlineData(0, true, ElevationOutcome.Ran)]
    public void Interpret_DoasStatus_SaysWhatHappened(int exitCode, bool helperStarted, ElevationOutcome expected)
    {
        // doas -n exits 1 ("doas: Authorization required") before the helper when no nopass rule matches.
        Assert.Equal(expected, ElevationRules.Interpret(ElevationMethod.Doas, exitCode, helperStarted));
    }

    [Fact]
    public void Choose_None_IsNull()
    {
        // Act, Assert
        Assert.Null(ElevationRules.Choose(_ => null));
    }

    [Theory]
    [InlineData(126, false, ElevationOutcome.Cancelled)]
    [InlineData(127, false, ElevationOutcome.NotAuthorized)]
    [InlineData(1, true, ElevationOutcome.Ran)]
    [InlineData(3, true, ElevationOutcome.Ran)]
    public void Interpret_PkexecStatus_SaysWhatHappened(int exitCode, bool helperStarted, ElevationOutcome expected)
    {
        // Act, Assert
        Assert.Equal(expected, ElevationRules.Interpret(ElevationMethod.Pkexec, exitCode, helperStarted));
    }

    [Fact]
    public void HelperPath_FrontEndInBin_IsLibexecBesideIt()
    {
        // Act
        var path = ElevationRules.HelperPath("/usr/local/bin/update-station");

        // Assert
        Assert.Equal("/usr/local/libexec/update-station-helper", path);
    }
}
