namespace UpdateStation.Posix;

/// <summary>An errno in words: the one place that turns an errno, or an exception that carries one, into text.</summary>
/// <remarks>
/// The published binary keeps no resource strings (UseSystemResourceKeys), so the runtime's own messages read
/// "UnauthorizedAccess_IODenied_Path, ..."; on Unix an <see cref="IOException"/>'s HResult is the raw errno, whose
/// meaning the C library gives (strerror).
/// </remarks>
public static class ErrnoText
{
    private const int MaxErrno = 4095;

    /// <summary>Words a person reads after a path: "it is a directory", "permission denied".</summary>
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
            _ => $"{Strerror(errno).ToLowerInvariant()} (errno {errno})",
        };
    }

    /// <summary>What a file-system exception (or a <see cref="PosixException"/>) means, lowercase, after a path.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        PosixException posix => Describe(posix.Errno),
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        PathTooLongException => "file name too long",
        IOException { HResult: > 0 and <= MaxErrno } io => Strerror(io.HResult).ToLowerInvariant(),
        _ => "an input/output error",
    };

    /// <summary>The C library's own sentence (strerror), capitalised as it writes it: "Permission denied", "Exec format error".</summary>
    public static string Strerror(int errno) => Marshal.GetPInvokeErrorMessage(errno);
}
