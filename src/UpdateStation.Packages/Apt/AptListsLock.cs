using System.Diagnostics;
using System.Globalization;
using UpdateStation.Posix;

namespace UpdateStation.Packages.Apt;

/// <summary>One check at a time on a user's private lists: an flock on `lock` in the private apt directory.</summary>
/// <remarks>
/// The private apt.conf sets Debug::NoLocking (apt's own lock files belong to root), so apt does not protect the
/// private lists: two checks at once rename each other's files away ("Problem renaming ...srcpkgcache.bin") and twelve
/// wiped the lists. A check holds this lock from its refresh to the end of its simulation; the others wait, then read
/// whole lists. flock(2) itself, not FileStream's locking (see <see cref="FileLock"/>); the kernel drops it when a
/// holder dies, and the descriptor is close-on-exec, so apt's children never keep it.
/// </remarks>
internal static class AptListsLock
{
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(50);

    /// <summary>Raised with the lock's path each time an attempt finds it held: a waiting check, as its tests observe it.</summary>
    internal static event Action<string>? Contended;

    /// <exception cref="PackageManagerBusyException">Another check of this user held the lock for all of <paramref name="timeout"/>.</exception>
    /// <exception cref="BackendException">The lock file cannot be opened or locked.</exception>
    public static async Task<FileLock> AcquireAsync(string cacheDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var path = Path.Combine(cacheDirectory, "lock");
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            FileLock? held;
            try
            {
                held = FileLock.TryAcquire(path);
            }
            catch (PosixException ex)
            {
                throw new BackendException($"Cannot lock this user's package lists with {path}: {ErrnoText.Describe(ex.Errno)}.", ex);
            }
            catch (UnexpectedFileTypeException ex)
            {
                throw new BackendException($"Cannot lock this user's package lists with {path}: it is not a regular file.", ex);
            }

            if (held is not null)
            {
                return held;
            }

            Contended?.Invoke(path);
            if (Stopwatch.GetElapsedTime(started) >= timeout)
            {
                throw new PackageManagerBusyException(
                    $"Another check by this user has held '{path}' for {Duration(timeout)}; try again when it has finished.");
            }

            await Task.Delay(s_poll, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Duration(TimeSpan span) => span.TotalMinutes >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0.#} minutes")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.#} seconds");
}
