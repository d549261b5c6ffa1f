using UpdateStation.Posix;

namespace UpdateStation.Packages.Apt;

/// <summary>Where a user's private apt directory lives: `update-station/apt` under the user's cache directory.</summary>
/// <remarks>
/// The cache directory is $XDG_CACHE_HOME when it is absolute, else `.cache` in the home: $HOME when it is an absolute path
/// to a directory, else the home the passwd database records. Never a relative path: apt would then write its lists
/// under whatever the current directory happens to be.
/// </remarks>
internal static class AptCacheLocation
{
    /// <exception cref="BackendException">There is no usable absolute home.</exception>
    public static string Resolve(string? xdgCacheHome, string? home, Func<UserAccount?> passwdEntry)
    {
        if (!string.IsNullOrEmpty(xdgCacheHome) && Path.IsPathRooted(xdgCacheHome))
        {
            return Path.Combine(xdgCacheHome, "update-station", "apt");
        }

        var homeProblem = Problem("HOME", home);
        if (homeProblem is null)
        {
            return Path.Combine(home!, ".cache", "update-station", "apt");
        }

        UserAccount? account;
        try
        {
            account = passwdEntry();
        }
        catch (PosixException ex)
        {
            throw NoHome(homeProblem, $"the passwd database cannot be read ({ex.Message.TrimEnd('.')})");
        }

        if (account is null)
        {
            throw NoHome(homeProblem, $"there is no passwd entry for uid {Identity.EffectiveUserId}");
        }

        var passwdProblem = Problem($"the home of user '{account.Name}' in the passwd database", account.HomeDirectory);
        return passwdProblem is null
            ? Path.Combine(account.HomeDirectory, ".cache", "update-station", "apt")
            : throw NoHome(homeProblem, account.HomeDirectory == home ? null : passwdProblem);
    }

    /// <summary>Why <paramref name="path"/> cannot be a home; null when it can.</summary>
    private static string? Problem(string what, string? path) => path switch
    {
        null or "" => $"{what} is not set",
        _ when !Path.IsPathRooted(path) => $"{what}, '{path}', is not an absolute path",
        _ when !Directory.Exists(path) => $"{what}, '{path}', does not exist",
        _ => null,
    };

    private static BackendException NoHome(string homeProblem, string? passwdProblem) => new(
        $"Cannot find a directory for this user's package lists: {homeProblem}{(passwdProblem is null ? "" : $" and {passwdProblem}")}; "
        + "set XDG_CACHE_HOME to an absolute path.");
}
