using System.Reflection;

namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary>
        /// On FreeBSD "libc" names /lib/libc.so.7: the runtime's own mapping of the bare name is a Linux convention, and
        /// /usr/lib/libc.so there is a linker script dlopen cannot load. Elsewhere the runtime resolves it as before.
        /// </summary>
        static Libc()
        {
            if (OperatingSystem.IsFreeBSD())
            {
                NativeLibrary.SetDllImportResolver(typeof(Libc).Assembly, Resolve);
            }
        }

        private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
            libraryName == Libraries.Libc ? NativeLibrary.Load(FreeBsdConstants.LibcName) : IntPtr.Zero;
    }
}
