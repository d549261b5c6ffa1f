namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        // FreeBSD: int sysctl(const int *name, u_int namelen, void *oldp, size_t *oldlenp, const void *newp, size_t newlen).
        [LibraryImport(Libraries.Libc, EntryPoint = "sysctl", SetLastError = true)]
        internal static unsafe partial int Sysctl(int* name, uint nameLength, void* oldValue, nuint* oldLength, void* newValue, nuint newLength);

        // FreeBSD: int sysctlbyname(const char *name, void *oldp, size_t *oldlenp, const void *newp, size_t newlen).
        [LibraryImport(Libraries.Libc, EntryPoint = "sysctlbyname", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static unsafe partial int SysctlByName(string name, void* oldValue, nuint* oldLength, void* newValue, nuint newLength);
    }
}
