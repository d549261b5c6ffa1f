namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        [LibraryImport(Libraries.Libc, EntryPoint = "setenv", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Setenv(string name, string value, int overwrite);
    }
}
