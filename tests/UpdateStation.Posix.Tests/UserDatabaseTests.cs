using System.Runtime.InteropServices;

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

    [Fact]
    public void FreeBsd_PasswdHomeOffset_FollowsIncludePwdH()
    {
        // include/pwd.h @ 5e0e9b99dc3fc0ecd49d929db0d57c784b66f481: struct passwd { char *pw_name; char *pw_passwd;
        // int pw_uid; int pw_gid; time_t pw_change; char *pw_class; char *pw_gecos; char *pw_dir; ... } (uid_t and gid_t in
        // later revisions, same sizes): on amd64 pw_dir is at 8 + 8 + 4 + 4 + 8 + 8 + 8 = 48.
        Assert.Equal(48, (int)Marshal.OffsetOf<Interop.Libc.FreeBsdPasswd>(nameof(Interop.Libc.FreeBsdPasswd.Dir)));
    }
}
