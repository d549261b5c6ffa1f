namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        [LibraryImport(Libraries.Libc, EntryPoint = "setsid", SetLastError = true)]
        internal static partial int SetSid();

        /// <summary>Replaces this process's image; returns only on failure (-1, errno set). The environment stays this process's.</summary>
        [LibraryImport(Libraries.Libc, EntryPoint = "execv", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static unsafe partial int Execv(string path, IntPtr* argv);
    }
}
