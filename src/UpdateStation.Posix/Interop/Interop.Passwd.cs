namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        // int getpwuid_r(uid_t uid, struct passwd *pwd, char *buf, size_t buflen, struct passwd **result)
        [LibraryImport(Libraries.Libc, EntryPoint = "getpwuid_r")]
        internal static unsafe partial int GetPwUidR(uint uid, byte* passwd, byte* buffer, nuint bufferLength, byte** result);
    }
}
