namespace UpdateStation.Packages.Pkg;

/// <summary>
/// A user's own pkg catalogue, for checks without root: `$XDG_CACHE_HOME/update-station/pkg` (when absolute; else in the
/// account's home, .cache/update-station/pkg) holds a copy of the installed-package database and the repository
/// catalogues that `pkg update` fetches into it.
/// </summary>
/// <remarks>
/// pkg runs with PKG_DBDIR pointing here and INSTALL_AS_USER=yes (without it pkg refuses a database it does not find owned
/// by root). The system's repository configuration, keys and ABI are only read; nothing of root's is written.
/// </remarks>
internal sealed class PkgPrivateCatalogue
{
    private const string RefreshedStamp = "refreshed";

    private PkgPrivateCatalogue(string directory) => Directory = directory;

    public string Directory { get; }

    /// <summary>When a refresh last succeeded; null when none has yet.</summary>
    public DateTimeOffset? RefreshedAt
    {
        get
        {
            var stamp = Path.Combine(Directory, RefreshedStamp);
            return File.Exists(stamp) ? new DateTimeOffset(File.GetLastWriteTimeUtc(stamp), TimeSpan.Zero) : null;
        }
    }

    /// <summary>Opens (creating it 0700) the catalogue in <paramref name="directory"/>, or in the user's cache directory.</summary>
    /// <exception cref="BackendException">The directory cannot be made, or no absolute cache directory is known.</exception>
    public static PkgPrivateCatalogue Open(string? directory)
    {
        directory ??= DefaultDirectory();
        try
        {
            // Also made usable again where a former run (under umask 0777) left modes that deny its owner.
            Posix.PrivateTree.Prepare(directory);
        }
        catch (Posix.PosixException ex)
        {
            throw new BackendException($"Cannot make the private pkg catalogue directory '{directory}': {Posix.ErrnoText.Describe(ex.Errno)}.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BackendException($"Cannot make the private pkg catalogue directory '{directory}': {ex.Message.TrimEnd('.')}.", ex);
        }

        return new PkgPrivateCatalogue(directory);
    }

    /// <summary>The caller's variables with pkg pointed at this catalogue.</summary>
    public IReadOnlyDictionary<string, string?> Environment(IReadOnlyDictionary<string, string?>? caller) =>
        new Dictionary<string, string?>(caller ?? new Dictionary<string, string?>())
        {
            ["PKG_DBDIR"] = Directory,
            ["INSTALL_AS_USER"] = "yes",
        };

    /// <summary>Copies the system's installed set here when it has changed since the last copy.</summary>
    public void TakeInstalledSet(string systemDatabaseDirectory) => PkgDatabaseCopy.Refresh(systemDatabaseDirectory, Directory);

    public void MarkRefreshed()
    {
        // A new file each time (its mode set whatever the umask), so its time is now.
        Posix.AtomicFile.Write(Path.Combine(Directory, RefreshedStamp), [], UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private static string DefaultDirectory()
    {
        var cacheHome = System.Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cacheHome) || !Path.IsPathRooted(cacheHome))
        {
            // The account's home, not $HOME: setpriv, su and sudo can leave another user's HOME behind.
            var home = Posix.UserAccount.Find(Posix.Identity.EffectiveUserId)?.HomeDirectory;
            cacheHome = !string.IsNullOrEmpty(home) && Path.IsPathRooted(home) ? Path.Combine(home, ".cache")
                : throw new BackendException("Cannot place the private pkg catalogue: XDG_CACHE_HOME is not an absolute path and the account has no home directory.");
        }

        return Path.Combine(cacheHome, "update-station", "pkg");
    }
}
