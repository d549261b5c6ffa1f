namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        internal const int SEEK_END = 2; // Linux and FreeBSD

        [LibraryImport(Libraries.Libc, EntryPoint = "lseek", SetLastError = true)]
        internal static partial long Lseek(SafeFileDescriptor fd, long offset, int whence);
    }
}
