namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        [LibraryImport(Libraries.Libc, EntryPoint = "fchmod", SetLastError = true)]
        internal static partial int Fchmod(SafeFileDescriptor fd, int mode);
    }
}
