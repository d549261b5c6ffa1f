namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        // The umask applies to mkdir(2) and open(2) modes, never to chmod(2)/fchmod(2): those set modes exactly.
        [LibraryImport(Libraries.Libc, EntryPoint = "mkdir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Mkdir(string path, int mode);

        [LibraryImport(Libraries.Libc, EntryPoint = "chmod", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Chmod(string path, int mode);

        [LibraryImport(Libraries.Libc, EntryPoint = "fchmod", SetLastError = true)]
        internal static partial int FChmod(SafeFileDescriptor fd, int mode);
    }
}
