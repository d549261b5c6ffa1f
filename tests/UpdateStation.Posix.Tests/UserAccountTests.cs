namespace UpdateStation.Posix.Tests;

public sealed class UserAccountTests
{
    [Fact]
    public void Find_Root_GivesTheNameAndHomeOfEtcPasswd()
    {
        // Arrange: the passwd database's own line for uid 0.
        var fields = File.ReadLines("/etc/passwd").Select(l => l.Split(':')).First(f => f.Length > 5 && f[2] == "0");

        // Act
        var account = UserAccount.Find(0);

        // Assert
        Assert.Equal(new UserAccount(0, fields[0], fields[5]), account);
    }

    [Fact]
    public void Find_UidWithoutEntry_ReturnsNull()
    {
        // Arrange
        var used = File.ReadLines("/etc/passwd").Select(l => l.Split(':')).Where(f => f.Length > 2).Select(f => uint.Parse(f[2])).ToHashSet();
        var unused = Enumerable.Range(54321, 1000).Select(u => (uint)u).First(u => !used.Contains(u));

        // Act
        var account = UserAccount.Find(unused);

        // Assert
        Assert.Null(account);
    }
}
