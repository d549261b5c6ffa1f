namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary>ioctl's "read the window size" request: Linux's number, and FreeBSD's _IOR('t', 104, struct winsize).</summary>
        internal static ulong TIOCGWINSZ => OperatingSystem.IsFreeBSD() ? 0x40087468UL : 0x5413UL;

        /// <summary>struct winsize: rows, columns, then pixel sizes, four unsigned shorts on both systems.</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct WindowSize
        {
            public ushort Rows;
            public ushort Columns;
            public ushort XPixels;
            public ushort YPixels;
        }

        [LibraryImport(Libraries.Libc, EntryPoint = "isatty", SetLastError = true)]
        internal static partial int Isatty(int fd);

        // ioctl is variadic; TIOCGWINSZ's third argument is a pointer, passed in the first variadic slot as any pointer is.
        [LibraryImport(Libraries.Libc, EntryPoint = "ioctl", SetLastError = true)]
        internal static partial int IoctlWindowSize(int fd, ulong request, out WindowSize size);
    }
}
