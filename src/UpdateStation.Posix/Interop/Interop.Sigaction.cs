namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        internal static readonly IntPtr SIG_DFL = 0;
        internal static readonly IntPtr SIG_IGN = 1;

        // Only the handler is read, and it is the first member of struct sigaction on Linux and FreeBSD alike;
        // the buffer is larger than either struct.
        [LibraryImport(Libraries.Libc, EntryPoint = "sigaction", SetLastError = true)]
        internal static unsafe partial int Sigaction(int signal, byte* action, byte* oldAction);

        [LibraryImport(Libraries.Libc, EntryPoint = "signal", SetLastError = true)]
        internal static partial IntPtr Signal(int signal, IntPtr handler);
    }
}
