namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        // open(2) returns a C int: marshalled straight into a SafeHandle, a -1 would arrive as 0xFFFFFFFF (the upper
        // half of the register is not sign-extended) and look valid. Callers wrap the int in PosixFile.
        [LibraryImport(Libraries.Libc, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Open(string path, int flags, int mode);

        /// <summary>open(2) for a descriptor that is never closed (a standard stream's number); -1 on failure.</summary>
        [LibraryImport(Libraries.Libc, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int OpenDescriptor(string path, int flags, int mode);

        [LibraryImport(Libraries.Libc, EntryPoint = "close", SetLastError = true)]
        internal static partial int Close(IntPtr fd);
    }
}
