namespace UpdateStation.Tests.Plumbing;

/// <summary>A local account the specs can run the binary as (through setpriv).</summary>
internal sealed record UnixUser(string Name, uint Uid, uint Gid)
{
    public static bool CurrentIsRoot => Interop.Libc.geteuid() == 0;

    public static uint CurrentUid => Interop.Libc.geteuid();

    /// <summary>nobody:nogroup, from /etc/passwd.</summary>
    public static UnixUser Nobody { get; } = Lookup("nobody");

    /// <summary>daemon, from /etc/passwd: a second account that is not nobody.</summary>
    public static UnixUser Daemon { get; } = Lookup("daemon");

    /// <summary>The argv prefix that runs a program as this user with no supplementary groups.</summary>
    public IReadOnlyList<string> SetprivPrefix =>
        ["setpriv", $"--reuid={Uid}", $"--regid={Gid}", "--clear-groups", "--"];

    private static UnixUser Lookup(string name)
    {
        foreach (string line in File.ReadLines("/etc/passwd"))
        {
            string[] fields = line.Split(':');
            if (fields.Length > 3 && fields[0] == name)
            {
                return new UnixUser(name, uint.Parse(fields[2]), uint.Parse(fields[3]));
            }
        }

        throw new InvalidOperationException($"No user '{name}' in /etc/passwd.");
    }
}
