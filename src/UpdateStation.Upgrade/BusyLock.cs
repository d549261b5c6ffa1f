using UpdateStation.Packages;
using UpdateStation.Posix;

namespace UpdateStation.Upgrade;

/// <summary>
/// What "an upgrade runs" means: an exclusive flock on `upgrade.lock` (0600) in a directory only root may enter (0700,
/// root's): `/run/update-station` (`/var/run/update-station` on FreeBSD), or the helper's `lock-directory` setting.
/// </summary>
/// <remarks>
/// The run log is 0644 so people can read it, and flock works on a read-only descriptor: a lock on it could be held by
/// any user, who would then stop every upgrade. Nobody but root can open this file. The directory is made with exactly
/// 0700 and the file with exactly 0600 (set with chmod after creation, so the umask never decides), the file is opened
/// O_NOFOLLOW|O_NONBLOCK and must be a regular file. A directory that is there already but is a link, not root's, or
/// open to group or others is refused, not repaired: whoever made it could have opened the lock file while it was open
/// to them, and a descriptor opened then outlives any chmod, so no repair could take that lock back.
/// The descriptor is close-on-exec: a daemon a maintainer script starts never inherits the lock.
/// </remarks>
public sealed class BusyLock : IDisposable
{
    public const string FileName = "upgrade.lock";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private readonly FileLock _lock;

    private BusyLock(FileLock fileLock, string path)
    {
        _lock = fileLock;
        Path = path;
    }

    /// <summary>Where the lock lives when the settings name no other directory.</summary>
    public static string DefaultDirectory => OperatingSystem.IsFreeBSD() ? "/var/run/update-station" : "/run/update-station";

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>The lock file in <paramref name="directory"/>.</summary>
    public static string PathIn(string directory) => System.IO.Path.Combine(directory, FileName);

    /// <summary>Takes the lock in <paramref name="directory"/> (creating both); null when another upgrade holds it.</summary>
    /// <exception cref="BackendException">The directory or the file is not safe to use, or cannot be made.</exception>
    public static BusyLock? TryAcquire(string directory)
    {
        var path = PathIn(directory);
        try
        {
            PosixFile.TryCreateDirectory(directory, OwnerOnly);
            var status = FileStatus.Read(directory);
            var problem = status switch
            {
                null => "it does not exist",
                { IsSymbolicLink: true } => "it is a symbolic link",
                { IsDirectory: false } => "it is not a directory",
                { OwnerId: var owner } when owner != Identity.EffectiveUserId => $"it is owned by uid {owner}, not root",
                { Mode: var mode } when (mode & GroupOrOther) != 0 => $"it is open to group or others (mode {Convert.ToString((int)mode & 0xFFF, 8)})",
                _ => null,
            };
            if (problem is not null)
            {
                throw new BackendException($"Refusing the lock directory '{directory}': {problem}; only a directory of root's that nobody else may enter (0700) can say that an upgrade runs. Remove it and try again.");
            }

            return FileLock.TryAcquire(path) is { } held ? new BusyLock(held, path) : null;
        }
        catch (PosixException ex)
        {
            throw new BackendException($"Cannot take the upgrade lock '{path}': {ErrnoText.Describe(ex.Errno)}.", ex);
        }
        catch (UnexpectedFileTypeException ex)
        {
            throw new BackendException($"Cannot take the upgrade lock: {ex.Message}", ex);
        }
    }

    public void Dispose() => _lock.Dispose();
}
