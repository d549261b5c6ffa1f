namespace UpdateStation.Posix;

/// <summary>A system call failed in a way the caller did not expect; the message names the call and the object.</summary>
public sealed class PosixException(string operation, string target, int errno)
    : Exception($"{operation} failed for '{target}': {ErrnoText.Strerror(errno)} (errno {errno}).")
{
    public int Errno { get; } = errno;

    internal static PosixException FromLastError(string operation, string target) =>
        new(operation, target, Marshal.GetLastPInvokeError());
}
