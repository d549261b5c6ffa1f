namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        [StructLayout(LayoutKind.Sequential)]
        internal struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [LibraryImport(Libraries.Libc, EntryPoint = "nanosleep", SetLastError = true)]
        internal static partial int Nanosleep(in TimeSpec duration, IntPtr remaining);
    }
}
