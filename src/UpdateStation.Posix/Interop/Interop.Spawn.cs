namespace UpdateStation.Posix;

internal static partial class Interop
{
    internal static partial class Libc
    {
        // posix_spawn(3) and its attribute and file-action objects. The objects are opaque: callers allocate
        // SpawnObjectSize bytes, more than glibc (80 and 336 bytes) or FreeBSD (one pointer each) needs.
        internal const int SpawnObjectSize = 1024;

        // sigset_t: 128 bytes in glibc, 16 in FreeBSD.
        internal const int SignalSetSize = 256;

        /// <summary>Returns 0 or an error number (posix_spawn does not set errno).</summary>
        [LibraryImport(Libraries.Libc, EntryPoint = "posix_spawn", StringMarshalling = StringMarshalling.Utf8)]
        internal static unsafe partial int PosixSpawn(out int pid, string path, void* fileActions, void* attributes, IntPtr* argv, IntPtr* envp);

        [LibraryImport(Libraries.Libc, EntryPoint = "posix_spawn_file_actions_init")]
        internal static unsafe partial int PosixSpawnFileActionsInit(void* fileActions);

        [LibraryImport(Libraries.Libc, EntryPoint = "posix_spawn_file_actions_destroy")]
        internal static unsafe partial int PosixSpawnFileActionsDestroy(void* fileActions);

        [LibraryImport(Libraries.Libc, EntryPoint = "posix_spawn_file_actions_addopen", StringMarshalling = StringMarshalling.Utf8)]
        internal static unsafe partial int PosixSpawnFileActionsAddOpen(void* fileActions, int fd, string path, int flags, int mode);

        [LibraryImport(Libraries.Libc, EntryPoint = "posix_spawn_file_actions_adddup2")]
        internal static unsafe partial int PosixSpawnFileActionsAddDup2(void* fileActions, int fd, int newFd);

        [LibraryImport(Libraries.Libc, EntryPoint = "posix_spawnattr_init")]
        internal static unsafe partial int PosixSpawnAttrInit(void* attributes);

        [LibraryImport(Libraries.Libc, EntryPoint = "posix_spawnattr_destroy")]
        internal static unsafe partial int PosixSpawnAttrDestroy(void* attributes);

        [LibraryImport(Libraries.Libc, EntryPoint = "posix_spawnattr_setflags")]
        internal static unsafe partial int PosixSpawnAttrSetFlags(void* attributes, short flags);

        [LibraryImport(Libraries.Libc, EntryPoint = "posix_spawnattr_setsigmask")]
        internal static unsafe partial int PosixSpawnAttrSetSigMask(void* attributes, void* signals);

        [LibraryImport(Libraries.Libc, EntryPoint = "posix_spawnattr_setsigdefault")]
        internal static unsafe partial int PosixSpawnAttrSetSigDefault(void* attributes, void* signals);

        [LibraryImport(Libraries.Libc, EntryPoint = "sigemptyset", SetLastError = true)]
        internal static unsafe partial int SigEmptySet(void* signals);

        [LibraryImport(Libraries.Libc, EntryPoint = "sigaddset", SetLastError = true)]
        internal static unsafe partial int SigAddSet(void* signals, int signal);
    }
}
