using System.Runtime.InteropServices;

namespace UpdateStation.Packages;

/// <summary>What a file-system exception means, in words of our own.</summary>
/// <remarks>
/// The published binary keeps no resource strings (UseSystemResourceKeys), so the runtime's messages read
/// "UnauthorizedAccess_IODenied_Path, ...". On Unix an <see cref="IOException"/>'s HResult is the raw errno, whose
/// meaning the C library gives (strerror).
/// </remarks>
internal static class IoErrorText
{
    private const int MaxErrno = 4095;

    public static string Describe(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        PathTooLongException => "file name too long",
        IOException { HResult: > 0 and <= MaxErrno } io => Marshal.GetPInvokeErrorMessage(io.HResult).ToLowerInvariant(),
        _ => "an input/output error",
    };
}
