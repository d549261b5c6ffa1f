namespace UpdateStation.Upgrade.Elevation;

/// <summary>
/// The rules for reaching the root helper from a user's process; the window and the terminal's `upgrade` share them.
/// </summary>
/// <remarks>
/// pkexec when it is installed, and then only pkexec: when it refuses (126 cancelled, 127 not authorized) that is the
/// answer, never a silent second try with sudo. `sudo -n` only where there is no pkexec; `doas -n` only where there is
/// neither. None: one message saying what to install or configure.
/// </remarks>
public static class Elevation
{
    public const int PkexecCancelled = 126;
    public const int PkexecNotAuthorized = 127;

    /// <summary>The helper beside a front end: `../libexec/update-station-helper` from its real path (build tree and install alike).</summary>
    public static string HelperPath(string frontEndExecutable)
    {
        var file = new FileInfo(frontEndExecutable);
        var real = (file.Exists ? file.ResolveLinkTarget(returnFinalTarget: true)?.FullName : null) ?? file.FullName;
        var prefix = Path.GetDirectoryName(Path.GetDirectoryName(real)) ?? "/";
        return Path.Combine(prefix, "libexec", "update-station-helper");
    }

    /// <summary>pkexec when <paramref name="find"/> finds it, else sudo, else doas, else null (see <see cref="HelperMessages.NoMethod"/>).</summary>
    public static ElevationMethod? Choose(Func<string, string?> find)
    {
        ArgumentNullException.ThrowIfNull(find);
        return find("pkexec") is not null ? ElevationMethod.Pkexec
            : find("sudo") is not null ? ElevationMethod.Sudo
            : find("doas") is not null ? ElevationMethod.Doas
            : null;
    }

    /// <summary>What <paramref name="exitCode"/> of <paramref name="method"/> running the helper says about the elevation.</summary>
    /// <param name="helperStarted">Whether the helper wrote anything: sudo's own refusal exits 1 before it starts.</param>
    public static ElevationOutcome Interpret(ElevationMethod method, int exitCode, bool helperStarted)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (method.Name == ElevationMethod.Pkexec.Name && !helperStarted)
        {
            return exitCode switch
            {
                PkexecCancelled => ElevationOutcome.Cancelled,
                PkexecNotAuthorized => ElevationOutcome.NotAuthorized,
                _ => ElevationOutcome.Ran,
            };
        }

        // sudo -n and doas -n both exit 1 before the helper starts when no rule lets this user run it without a password.
        return method.Name is "sudo" or "doas" && !helperStarted && exitCode == 1 ? ElevationOutcome.NotAuthorized : ElevationOutcome.Ran;
    }
}
