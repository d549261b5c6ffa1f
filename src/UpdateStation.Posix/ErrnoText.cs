namespace UpdateStation.Posix;

/// <summary>An errno in words a person reads after a path: "it is a directory", "permission denied".</summary>
public static class ErrnoText
{
    public static string Describe(int errno)
    {
        var c = PlatformConstants.Current;
        if (errno == c.NoFollowErrno)
        {
            return "it is a symbolic link, which is not followed";
        }

        return errno switch
        {
            PlatformConstants.ENOENT => "it does not exist",
            PlatformConstants.EACCES or PlatformConstants.EPERM => "permission denied",
            PlatformConstants.EISDIR => "it is a directory",
            PlatformConstants.ENOTDIR => "a part of the path is not a directory",
            PlatformConstants.ENOSPC => "no space left on the device",
            PlatformConstants.EEXIST => "file exists",
            _ => $"{Marshal.GetPInvokeErrorMessage(errno).ToLowerInvariant()} (errno {errno})",
        };
    }
}
