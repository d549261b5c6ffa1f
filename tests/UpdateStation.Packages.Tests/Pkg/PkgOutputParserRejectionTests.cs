using UpdateStation.Packages.Pkg;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>Text that is not a plan is rejected with a one-line BackendException, never read as "up to date".</summary>
public sealed class PkgOutputParserRejectionTests
{
    [Fact]
    public void Parse_Garbage_ThrowsBackendExceptionQuotingIt()
    {
        // Act
        var error = Assert.Throws<BackendException>(() => PkgOutputParser.Parse(Fixture.Read("garbage.txt")));

        // Assert
        Assert.Contains("<!DOCTYPE html>", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.EndsWith(".", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public void Parse_NoOutput_ThrowsBackendException(string text)
    {
        // Act + Assert
        Assert.Throws<BackendException>(() => PkgOutputParser.Parse(text));
    }

    [Fact]
    public void Parse_PkgErrorWithoutPlan_ThrowsRatherThanReportingUpToDate()
    {
        // Arrange
        const string text = "Updating FreeBSD repository catalogue...\npkg: Repository FreeBSD missing. 'pkg update' required\n";

        // Act
        var error = Assert.Throws<BackendException>(() => PkgOutputParser.Parse(text));

        // Assert
        Assert.Contains("'pkg update' required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AnnouncedChangesWithUnreadableEntries_ThrowsBackendException()
    {
        // Arrange
        const string text = "The following 2 package(s) will be affected (of 0 checked):\n\nInstalled packages to be UPGRADED:\n\t???\n\t!!!\n";

        // Act + Assert
        Assert.Throws<BackendException>(() => PkgOutputParser.Parse(text));
    }
}
