using UpdateStation.Packages.Processes;
using UpdateStation.Posix;
using UpdateStation.Settings;

namespace UpdateStation.Helper.Settings;

/// <summary>What the helper runs with, from the system settings file only (see <see cref="SettingsLocation"/>).</summary>
/// <param name="Backend">"apt" or "pkg"; null: pkg on FreeBSD, apt where apt-get is.</param>
/// <param name="AptConfig">An apt.conf for apt to read (APT_CONFIG); null: apt's own.</param>
/// <param name="Path">The PATH the helper and its children run with.</param>
/// <param name="LogPath">The run log.</param>
/// <param name="LockDirectory">The root-only directory of the busy lock (<see cref="BusyLock"/>).</param>
/// <param name="BootEnvironments">Make a boot environment before an upgrade where they work.</param>
/// <param name="BootEnvironmentsKeep">How many of ours to keep after an upgrade.</param>
internal sealed record HelperSettings(string? Backend, string? AptConfig, string Path, string LogPath, string LockDirectory, bool BootEnvironments, int BootEnvironmentsKeep)
{
    /// <summary>Root's state of automatic runs (<see cref="Automatic.StateDirectory"/>).</summary>
    public string StateDirectory { get; init; } = Automatic.StateDirectory.DefaultPath;

    /// <summary>The `[automatic]` table: what unattended runs may do, and when.</summary>
    public AutomaticPolicy AutomaticPolicy { get; init; } = AutomaticOff;

    /// <summary>The default policy: no automatic runs.</summary>
    public static AutomaticPolicy AutomaticOff { get; } = new(AutomaticUpdates.None, [], false, false, false, null, false);

    /// <summary>The system file's `ignore` list: left out of every automatic run.</summary>
    public IReadOnlyList<IgnoreRule> Ignore { get; init; } = [];

    /// <summary>The system's own PATH, with /usr/local on FreeBSD (where pkg lives).</summary>
    public static string DefaultPath => OperatingSystem.IsFreeBSD()
        ? "/sbin:/bin:/usr/sbin:/usr/bin:/usr/local/sbin:/usr/local/bin"
        : "/usr/sbin:/usr/bin:/sbin:/bin";

    /// <summary>What the file's problems were (a key out of range keeps its default); the helper records them in its log.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// Reads <paramref name="path"/> through <see cref="SettingsLoader.LoadForHelper"/>: its `[helper]` table, and the top
    /// level's boot-environment keys; defaults when it does not exist.
    /// </summary>
    /// <exception cref="SettingsException">
    /// It, the apt.conf it names, or a directory of its PATH is not root's alone from / down (see
    /// <see cref="SettingsLoader.TrustProblem"/> and Posix's RootOnlyPath).
    /// </exception>
    public static HelperSettings Load(string path)
    {
        // An untrusted file is refused, not ignored: whoever installed it meant something, and the helper must not guess.
        if (Exists(path) && SettingsLoader.TrustProblem(path) is { } problem)
        {
            throw new SettingsException($"the settings file '{path}' is not trusted: {problem}; the helper trusts only settings that root alone can change.");
        }

        var warnings = new List<string>();
        var settings = SettingsLoader.LoadForHelper(path, warnings.Add);

        // apt.conf decides which programs apt runs as root (Dir::Bin::dpkg, hooks): it must be root's alone as well.
        if (settings.HelperAptConfig is { } aptConfig && SettingsLoader.TrustProblem(aptConfig) is { } aptProblem)
        {
            throw new SettingsException($"the apt configuration '{aptConfig}' named by '{path}' is not trusted: {aptProblem}.");
        }

        // The helper and the package manager find their programs there, and run them as root.
        foreach (var directory in (settings.HelperPath ?? DefaultPath).Split(':'))
        {
            if (Posix.RootOnlyPath.Problem(directory) is { } pathProblem)
            {
                throw new SettingsException($"the PATH directory '{directory}' named by '{path}' is not trusted: {pathProblem}.");
            }
        }

        return new HelperSettings(
            settings.HelperBackend ?? settings.Backend,
            settings.HelperAptConfig,
            settings.HelperPath ?? DefaultPath,
            settings.HelperLog ?? RunLog.DefaultPath,
            settings.HelperLockDirectory ?? BusyLock.DefaultDirectory,
            settings.BootEnvironments,
            settings.BootEnvironmentsKeep)
        {
            Warnings = warnings,
            StateDirectory = settings.HelperStateDirectory ?? Automatic.StateDirectory.DefaultPath,
            AutomaticPolicy = settings.Automatic,
            Ignore = settings.Ignore,
        };
    }

    private static bool Exists(string path)
    {
        try
        {
            return Posix.FileStatus.Read(path) is not null;
        }
        catch (Posix.PosixException ex)
        {
            throw new SettingsException($"cannot examine the settings file '{path}': {ErrnoText.Strerror(ex.Errno)}.");
        }
    }
}
