using UpdateStation.Posix;

namespace UpdateStation.Tests.Shared;

/// <summary>A local account the tests can run a program as (through setpriv), and who the test itself is.</summary>
public sealed record UnixUser(string Name, uint Uid, uint Gid)
{
    /// <summary>Whether the test runs as root: the one way every test asks.</summary>
    public static bool CurrentIsRoot => Identity.IsRoot;

    public static uint CurrentUid => Identity.EffectiveUserId;

    /// <summary>nobody:nogroup, from /etc/passwd.</summary>
    public static UnixUser Nobody { get; } = Lookup("nobody");

    /// <summary>daemon, from /etc/passwd: a second account that is not nobody.</summary>
    public static UnixUser Daemon { get; } = Lookup("daemon");

    /// <summary>The argv prefix that runs a program as this user with no supplementary groups.</summary>
    public IReadOnlyList<string> SetprivPrefix =>
        ["setpriv", $"--reuid={Uid}", $"--regid={Gid}", "--clear-groups", "--"];

    /// <summary>Gives <paramref name="path"/> to this user and their group (chown(1), argv only).</summary>
    public void Own(string path) => Programs.Require("chown", $"{Uid}:{Gid}", path);

    private static UnixUser Lookup(string name)
    {
        foreach (string line in File.ReadLines("/etc/passwd"))
        {
            string[] fields = line.Split(':');
            if (fields.Length > 3 && fields[0] == name)
            {
                return new UnixUser(name, uint.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture), uint.Parse(fields[3], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        throw new InvalidOperationException($"No user '{name}' in /etc/passwd.");
    }
}
