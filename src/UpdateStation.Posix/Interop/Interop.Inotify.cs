namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        internal const int IN_NONBLOCK = 0x800;
        internal const int IN_CLOEXEC = 0x80000;
        internal const uint IN_MOVED_TO = 0x80;
        internal const uint IN_IGNORED = 0x8000;
        internal const uint IN_ONLYDIR = 0x1000000;
        internal const uint IN_DONT_FOLLOW = 0x2000000;
        internal const short POLLIN = 1;

        [StructLayout(LayoutKind.Sequential)]
        internal struct PollFd
        {
            public int Fd;
            public short Events;
            public short ReturnedEvents;
        }

        [SupportedOSPlatform("linux")]
        [LibraryImport(Libraries.Libc, EntryPoint = "inotify_init1", SetLastError = true)]
        internal static partial int InotifyInit1(int flags);

        [SupportedOSPlatform("linux")]
        [LibraryImport(Libraries.Libc, EntryPoint = "inotify_add_watch", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        internal static partial int InotifyAddWatch(SafeFileDescriptor fd, string path, uint mask);

        [LibraryImport(Libraries.Libc, EntryPoint = "poll", SetLastError = true)]
        internal static partial int Poll(ref PollFd fds, nuint count, int timeoutMilliseconds);
    }
}
