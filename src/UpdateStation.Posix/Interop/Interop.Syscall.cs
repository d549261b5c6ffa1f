namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        // pidfd_open(2) and pidfd_send_signal(2) through syscall(2): the glibc wrappers are 2.36+ only.
        [SupportedOSPlatform("linux")]
        [LibraryImport(Libraries.Libc, EntryPoint = "syscall", SetLastError = true)]
        internal static partial long PidfdOpen(long number, int pid, uint flags);

        [SupportedOSPlatform("linux")]
        [LibraryImport(Libraries.Libc, EntryPoint = "syscall", SetLastError = true)]
        internal static partial long PidfdSendSignal(long number, SafeFileDescriptor pidfd, int signal, IntPtr info, uint flags);
    }
}
