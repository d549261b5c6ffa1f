namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        internal const int WNOHANG = 1; // Linux and FreeBSD

        [LibraryImport(Libraries.Libc, EntryPoint = "waitpid", SetLastError = true)]
        internal static partial int Waitpid(int pid, out int status, int options);
    }
}
