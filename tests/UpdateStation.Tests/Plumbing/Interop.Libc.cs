using System.Runtime.InteropServices;

namespace UpdateStation.Tests.Plumbing;

// The test's own libc calls: signals fired in bursts need no exec per signal.
internal static partial class Interop
{
    internal static partial class Libc
    {
        [LibraryImport("libc", SetLastError = true)]
        internal static partial int kill(int pid, int sig);

        [LibraryImport("libc", SetLastError = true)]
        internal static partial uint geteuid();

        [LibraryImport("libc", SetLastError = true)]
        internal static partial int flock(SafeHandle fd, int operation);

        [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int chown(string path, uint owner, uint group);
    }
}
