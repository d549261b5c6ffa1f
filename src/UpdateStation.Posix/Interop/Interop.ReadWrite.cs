namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        [LibraryImport(Libraries.Libc, EntryPoint = "read", SetLastError = true)]
        internal static unsafe partial nint Read(SafeFileDescriptor fd, byte* buffer, nuint count);

        /// <summary>read(2) by number, for the standard descriptors.</summary>
        [LibraryImport(Libraries.Libc, EntryPoint = "read", SetLastError = true)]
        internal static unsafe partial nint ReadDescriptor(int fd, byte* buffer, nuint count);

        /// <summary>write(2) by number: the caller keeps a SafeFileDescriptor open for the call, or the descriptor is a standard one.</summary>
        [LibraryImport(Libraries.Libc, EntryPoint = "write", SetLastError = true)]
        internal static unsafe partial nint Write(int fd, byte* buffer, nuint count);

        [StructLayout(LayoutKind.Sequential)]
        internal struct PollDescriptor
        {
            public int Fd;
            public short Events;
            public short ReturnedEvents;
        }

        /// <summary>POLLOUT, the same on Linux and FreeBSD.</summary>
        internal const short POLLOUT = 0x4;

        [LibraryImport(Libraries.Libc, EntryPoint = "poll", SetLastError = true)]
        internal static partial int Poll(ref PollDescriptor descriptors, nuint count, int timeoutMilliseconds);
    }
}
