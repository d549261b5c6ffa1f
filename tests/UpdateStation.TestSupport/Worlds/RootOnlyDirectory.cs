namespace UpdateStation.Tests.Shared;

/// <summary>
/// Fresh directories that only root can change from `/` down, for what the root helper must trust: under /tmp nothing
/// passes (sticky /tmp is writable by everyone), so these live in /run/update-station-tests (root's, 0755).
/// </summary>
/// <remarks>Root only; each directory is 0755, so others (pkexec's caller, nobody) may still read and enter it.</remarks>
public static class RootOnlyDirectory
{
    public const string Base = "/run/update-station-tests";

    private const UnixFileMode Mode = (UnixFileMode)0b111_101_101;

    /// <summary>Creates BASE/PREFIXrandom, 0755, and returns its path; not as root, a plain temporary directory (root-only specs skip).</summary>
    public static string Create(string prefix)
    {
        if (!UnixUser.CurrentIsRoot)
        {
            return Directory.CreateTempSubdirectory(prefix).FullName;
        }

        Directory.CreateDirectory(Base, Mode);
        File.SetUnixFileMode(Base, Mode);
        var path = Path.Combine(Base, prefix + Path.GetRandomFileName().Replace(".", "", StringComparison.Ordinal));
        Directory.CreateDirectory(path, Mode);
        File.SetUnixFileMode(path, Mode);
        return path;
    }
}
