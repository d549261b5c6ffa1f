namespace UpdateStation.Posix;

/// <summary>
/// A directory tree that is this user's alone (the private apt and pkg caches): made with exact modes whatever the
/// umask, and made usable again where a former run left it otherwise.
/// </summary>
/// <remarks>
/// A check under `umask 0777` by an older version (or a package manager that ran under it) left directories and files
/// of mode 000 here, and every later check failed on them ("permission denied"). Modes are set with chmod, which the
/// umask never filters; only entries this user owns are touched, and links are never followed.
/// </remarks>
public static class PrivateTree
{
    /// <summary>Every directory in the tree: the owner's alone.</summary>
    public const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates <paramref name="root"/> (and any missing parent) with exactly <see cref="DirectoryMode"/>, or gives every
    /// directory already in the tree that mode and every file in it the owner's read and write bits.
    /// </summary>
    /// <exception cref="PosixException">The directory cannot be made, or a mode cannot be set.</exception>
    public static void Prepare(string root)
    {
        PosixFile.CreateDirectories(root, DirectoryMode);
        Repair(root);
    }

    private static void Repair(string path)
    {
        if (FileStatus.Read(path) is not { } status || status.IsSymbolicLink || status.OwnerId != Identity.EffectiveUserId)
        {
            return;
        }

        if (status.IsDirectory)
        {
            // Its mode first: a directory of mode 000 cannot be listed.
            SetMode(path, status.Mode, DirectoryMode);
            foreach (var entry in Directory.EnumerateFileSystemEntries(path))
            {
                Repair(entry);
            }
        }
        else if (status.IsRegularFile)
        {
            SetMode(path, status.Mode, status.Mode | OwnerReadWrite);
        }
    }

    private static void SetMode(string path, UnixFileMode found, UnixFileMode wanted)
    {
        if (found != wanted && Interop.Libc.Chmod(path, (int)wanted) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (errno != PlatformConstants.ENOENT)
            {
                throw new PosixException("chmod", path, errno);
            }
        }
    }
}
