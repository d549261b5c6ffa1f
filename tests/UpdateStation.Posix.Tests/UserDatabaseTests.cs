namespace UpdateStation.Posix.Tests;

public sealed class UserDatabaseTests
{
    [Fact]
    public void Find_Root_HasTheHomeInEtcPasswd()
    {
        // Arrange
        var expected = File.ReadLines("/etc/passwd").Select(l => l.Split(':')).First(f => f[2] == "0")[5];

        // Act
        var account = UserAccount.Find(0);

        // Assert
        Assert.Equal(expected, account?.HomeDirectory);
    }
}
