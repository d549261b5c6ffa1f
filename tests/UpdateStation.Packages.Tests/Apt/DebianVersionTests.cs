using UpdateStation.Packages.Apt;

namespace UpdateStation.Packages.Tests.Apt;

public sealed class DebianVersionTests
{
    [Theory]
    [InlineData("2.0~rc1-1", "2.0-1")]
    [InlineData("1.0-1", "1:0.1-1")]
    [InlineData("1.0-1", "1.0-1+deb12u1")]
    [InlineData("1.0", "1.0-1")]
    [InlineData("1.9", "1.10")]
    [InlineData("1.0~~", "1.0~")]
    [InlineData("1.0a", "1.0+")]
    [InlineData("7.81.0-1ubuntu1.15", "7.81.0-1ubuntu1.16")]
    public void Compare_OlderFirst_IsNegative(string older, string newer)
    {
        // Arrange, Act
        var (forward, backward) = (DebianVersion.Compare(older, newer), DebianVersion.Compare(newer, older));

        // Assert
        Assert.Equal((-1, 1), (Math.Sign(forward), Math.Sign(backward)));
    }

    [Theory]
    [InlineData("1.0-1", "1.0-1")]
    [InlineData("0:1.0-1", "1.0-1")]
    [InlineData("1.01", "1.1")]
    public void Compare_EqualVersions_IsZero(string left, string right)
    {
        // Arrange, Act
        var result = DebianVersion.Compare(left, right);

        // Assert
        Assert.Equal(0, result);
    }
}
