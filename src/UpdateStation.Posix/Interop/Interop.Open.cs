namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        [LibraryImport(Libraries.Libc, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial SafeFileDescriptor Open(string path, int flags, int mode);

        /// <summary>open(2) for a descriptor that is never closed (a standard stream's number); -1 on failure.</summary>
        [LibraryImport(Libraries.Libc, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int OpenDescriptor(string path, int flags, int mode);

        [LibraryImport(Libraries.Libc, EntryPoint = "close", SetLastError = true)]
        internal static partial int Close(IntPtr fd);
    }
}
