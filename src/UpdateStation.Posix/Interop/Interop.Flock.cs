namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        [Flags]
        internal enum LockOperations
        {
            LOCK_SH = 1,
            LOCK_EX = 2,
            LOCK_NB = 4,
            LOCK_UN = 8,
        }

        [LibraryImport(Libraries.Libc, EntryPoint = "flock", SetLastError = true)]
        internal static partial int Flock(SafeFileDescriptor fd, LockOperations operation);
    }
}
