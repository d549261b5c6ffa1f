using UpdateStation.Posix;

namespace UpdateStation.Helper;

/// <summary>The update-station executable beside the helper, which gives the package manager a session of its own on FreeBSD (<see cref="SessionExec"/>).</summary>
internal static class FrontEnd
{
    /// <summary>
    /// PREFIX/bin/update-station for the helper at PREFIX/libexec/update-station-helper, when root owns it and its folder
    /// and nobody else can write either (root runs it); null otherwise, and the package manager gets a process group only.
    /// </summary>
    public static string? SessionWrapper(string? helperPath)
    {
        if (!SessionExec.IsNeeded || helperPath is null)
        {
            return null;
        }

        var prefix = Path.GetDirectoryName(Path.GetDirectoryName(helperPath));
        if (prefix is null)
        {
            return null;
        }

        var frontEnd = Path.Combine(prefix, "bin", "update-station");
        return IsRootsAlone(frontEnd) && IsRootsAlone(Path.GetDirectoryName(frontEnd)!) ? frontEnd : null;
    }

    private static bool IsRootsAlone(string path)
    {
        try
        {
            return FileStatus.Read(path) is { IsSymbolicLink: false, OwnerId: 0 } status
                && (status.Mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
        }
        catch (PosixException)
        {
            return false;
        }
    }
}
