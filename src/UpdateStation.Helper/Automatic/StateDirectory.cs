using System.Globalization;
using UpdateStation.Packages;
using UpdateStation.Posix;

namespace UpdateStation.Helper.Automatic;

/// <summary>
/// Root's state of automatic runs: `/var/lib/update-station` (`/var/db/update-station` on FreeBSD), or the helper's
/// `state-directory` setting; made 0700, and used only while root alone can change it from / down.
/// </summary>
/// <remarks>It holds the last run's stamp (`automatic.last-run`) and the apt preferences of a run that leaves updates out.</remarks>
internal sealed class StateDirectory
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const string StampName = "automatic.last-run";

    private StateDirectory(string path) => Path = path;

    public static string DefaultPath => OperatingSystem.IsFreeBSD() ? "/var/db/update-station" : "/var/lib/update-station";

    public string Path { get; }

    /// <summary>Makes the directory where missing and checks it.</summary>
    /// <exception cref="BackendException">It cannot be made, or others than root could change it.</exception>
    public static StateDirectory Open(string path)
    {
        try
        {
            PosixFile.CreateDirectories(path, OwnerOnly);
        }
        catch (PosixException ex)
        {
            throw new BackendException($"Cannot make the state directory '{path}': {ErrnoText.Describe(ex.Errno)}.", ex);
        }

        return RootOnlyPath.Problem(path) is { } problem
            ? throw new BackendException($"Refusing the state directory '{path}': {problem}; only root may change what automatic runs remember.")
            : new StateDirectory(path);
    }

    /// <summary>When the last automatic run started (local time); null when none did, or the stamp is unreadable.</summary>
    public DateTime? LastRun()
    {
        var bytes = BoundedFile.TryRead(System.IO.Path.Combine(Path, StampName), 256, out _);
        return bytes is not null && DateTimeOffset.TryParseExact(System.Text.Encoding.UTF8.GetString(bytes).Trim(), "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp)
            ? stamp.LocalDateTime
            : null;
    }

    /// <summary>Records that an automatic run started at <paramref name="now"/>.</summary>
    /// <exception cref="BackendException">The stamp cannot be written (a directory in its place, a full disk): without it the run would repeat.</exception>
    public void StampRun(DateTimeOffset now)
    {
        var stamp = System.IO.Path.Combine(Path, StampName);
        try
        {
            AtomicFile.Write(stamp, System.Text.Encoding.UTF8.GetBytes(now.ToString("O", CultureInfo.InvariantCulture) + "\n"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        catch (PosixException ex)
        {
            throw new BackendException($"Cannot record the run in '{stamp}': {ErrnoText.Describe(ex.Errno)}; nothing was changed.", ex);
        }
    }

    /// <summary>A file of this directory.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);
}
