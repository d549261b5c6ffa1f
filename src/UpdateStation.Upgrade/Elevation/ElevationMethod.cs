namespace UpdateStation.Upgrade.Elevation;

/// <summary>
/// How a user's process runs the root helper: pkexec (polkit) where it is installed, else `sudo -n`, else `doas -n`
/// (each with a rule for the helper alone).
/// </summary>
/// <param name="Name">"pkexec", "sudo" or "doas", for messages.</param>
/// <param name="Prefix">The argv that precedes the helper's path.</param>
public sealed record ElevationMethod(string Name, IReadOnlyList<string> Prefix)
{
    public static ElevationMethod Pkexec { get; } = new("pkexec", ["pkexec"]);

    /// <summary>Non-interactive: a password prompt would have no terminal in the window, so sudo fails instead of asking.</summary>
    public static ElevationMethod Sudo { get; } = new("sudo", ["sudo", "-n"]);

    /// <summary>OpenBSD's doas (FreeBSD: security/doas), non-interactive for the same reason; the rule is doas.conf's.</summary>
    public static ElevationMethod Doas { get; } = new("doas", ["doas", "-n"]);

    /// <summary>For a caller that is root already (the terminal's `upgrade` as root): the helper itself, with nothing before it.</summary>
    public static ElevationMethod Direct { get; } = new("root", []);

    /// <summary>The whole argv for running <paramref name="helper"/> with <paramref name="arguments"/>.</summary>
    public IReadOnlyList<string> CommandLine(string helper, IReadOnlyList<string> arguments) => [.. Prefix, helper, .. arguments];
}
