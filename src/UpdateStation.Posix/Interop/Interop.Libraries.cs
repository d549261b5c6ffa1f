namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static class Libraries
    {
        // The runtime maps "libc" to the C library on Linux (libc.so.6) and FreeBSD (libc.so.7).
        internal const string Libc = "libc";

        // GNU gettext's library on FreeBSD (devel/gettext-runtime); glibc has gettext built in.
        internal const string Intl = "libintl";
    }
}
