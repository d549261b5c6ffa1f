namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        internal const int PR_SET_NAME = 15;

        [SupportedOSPlatform("linux")]
        [LibraryImport(Libraries.Libc, EntryPoint = "prctl", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Prctl(int option, string arg2, nint arg3, nint arg4, nint arg5);

        // setproctitle(3) is variadic; a format without conversions needs no further arguments.
        [SupportedOSPlatform("freebsd")]
        [LibraryImport(Libraries.Libc, EntryPoint = "setproctitle", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void SetProcTitle(string format);
    }
}
