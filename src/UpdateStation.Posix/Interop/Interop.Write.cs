namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        [LibraryImport(Libraries.Libc, EntryPoint = "write", SetLastError = true)]
        internal static unsafe partial nint Write(SafeFileDescriptor fd, byte* buffer, nuint count);
    }
}
