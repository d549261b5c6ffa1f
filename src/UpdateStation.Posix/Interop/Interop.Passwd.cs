namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        internal const int ERANGE = 34; // The same on Linux and FreeBSD.

        /// <summary>glibc's struct passwd (pwd.h).</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct LinuxPasswd
        {
            public nint Name;
            public nint Password;
            public uint Uid;
            public uint Gid;
            public nint Gecos;
            public nint Dir;
            public nint Shell;
        }

        /// <summary>FreeBSD's struct passwd (pwd.h): a password change time and a login class before the gecos field.</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct FreeBsdPasswd
        {
            public nint Name;
            public nint Password;
            public uint Uid;
            public uint Gid;
            public long Change;
            public nint Class;
            public nint Gecos;
            public nint Dir;
            public nint Shell;
            public long Expire;
            public int Fields;
        }

        /// <summary>Returns 0 or an error number (not errno); <paramref name="result"/> is null when there is no such user.</summary>
        [LibraryImport(Libraries.Libc, EntryPoint = "getpwuid_r")]
        internal static unsafe partial int GetPwUidR(uint uid, void* passwd, byte* buffer, nuint bufferLength, void** result);
    }
}
