namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        // struct stat differs per OS and architecture: callers read st_mode and st_uid at the offsets in PlatformConstants.
        [LibraryImport(Libraries.Libc, EntryPoint = "lstat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static unsafe partial int LStat(string path, byte* buffer);

        [LibraryImport(Libraries.Libc, EntryPoint = "fstat", SetLastError = true)]
        internal static unsafe partial int FStat(SafeFileDescriptor fd, byte* buffer);
    }
}
