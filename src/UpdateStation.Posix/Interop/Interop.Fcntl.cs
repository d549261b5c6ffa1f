namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary>fcntl's "read the descriptor flags" command; 1 on Linux and FreeBSD alike.</summary>
        internal const int F_GETFD = 1;

        // fcntl is variadic; F_GETFD takes no third argument, so the fixed two-argument form is the whole call.
        [LibraryImport(Libraries.Libc, EntryPoint = "fcntl", SetLastError = true)]
        internal static partial int Fcntl(int fd, int command);
    }
}
