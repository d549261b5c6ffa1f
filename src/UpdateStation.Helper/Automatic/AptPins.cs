using System.Text;
using UpdateStation.Packages;
using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;
using UpdateStation.Posix;

namespace UpdateStation.Helper.Automatic;

/// <summary>
/// Leaves changes out of apt's plan for one run: a private preferences file that pins each left-out package to its
/// installed version (priority 1001) or, for an ignored version, that version away (priority -1), read through an
/// apt.conf of the run's own that includes the one the helper was given (APT_CONFIG).
/// </summary>
/// <remarks>
/// apt then plans (and `apt-get dist-upgrade` applies) only the rest, so the plan that is fingerprinted, compared and
/// applied is the plan after leaving out: nothing is held on the system (no `apt-mark hold` to undo after a crash),
/// and a later run without the pins sees every update again. `apt-get install NAMES` was the alternative; it would
/// need a second apply path beside dist-upgrade and its plan hook. The system's own preferences file is copied first,
/// so its pins still count; its preferences.d is untouched.
/// </remarks>
internal static class AptPins
{
    public const string ConfigName = "automatic-apt.conf";
    public const string PreferencesName = "automatic-preferences";

    /// <summary>Writes the files in <paramref name="state"/> and points APT_CONFIG (this process's, so every apt run's) at them.</summary>
    /// <exception cref="BackendException">apt-config failed, or the files cannot be written.</exception>
    public static async Task ApplyAsync(StateDirectory state, IReadOnlyList<LeftOut> leftOut, CancellationToken cancellationToken)
    {
        var included = Environment.GetEnvironmentVariable("APT_CONFIG");
        var system = await SystemPreferencesAsync(cancellationToken).ConfigureAwait(false);
        var preferences = new StringBuilder(system is null ? "" : system.TrimEnd() + "\n\n");
        foreach (var (change, rule) in leftOut.Select(l => (l.Change, l.Rule)))
        {
            var (version, priority) = rule is { Version: { } ignored } ? (ignored, "-1") : change.CurrentVersion is { } current ? (current, "1001") : ("*", "-1");
            preferences.Append($"Package: {change.Name}\nPin: version {version}\nPin-Priority: {priority}\n\n");
        }

        var config = new StringBuilder();
        if (!string.IsNullOrEmpty(included))
        {
            config.Append($"#include \"{included}\";\n");
        }

        config.Append($"Dir::Etc::Preferences \"{state.File(PreferencesName)}\";\n");
        try
        {
            AtomicFile.Write(state.File(PreferencesName), Encoding.UTF8.GetBytes(preferences.ToString()), (UnixFileMode)0b110_100_100);
            AtomicFile.Write(state.File(ConfigName), Encoding.UTF8.GetBytes(config.ToString()), (UnixFileMode)0b110_100_100);
        }
        catch (PosixException ex)
        {
            throw new BackendException($"Cannot write the run's apt preferences in '{state.Path}': {ErrnoText.Describe(ex.Errno)}.", ex);
        }

        Environment.SetEnvironmentVariable("APT_CONFIG", state.File(ConfigName));
    }

    /// <summary>The text of apt's main preferences file (Dir::Etc::Preferences); null when there is none.</summary>
    private static async Task<string?> SystemPreferencesAsync(CancellationToken cancellationToken)
    {
        // `shell` resolves the /f key as apt finds the file (Dir, Dir::Etc); it prints P='/etc/apt/preferences'.
        var result = await ProcessRunner.RunAsync("apt-config", ["shell", "P", "Dir::Etc::Preferences/f"], cancellationToken: cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new PackageManagerFailedException("apt-config shell", result.ExitCode, result.Detail);
        }

        var path = result.StandardOutput.Trim() is ['P', '=', '\'', .. var quoted, '\''] ? quoted : "";
        var bytes = path.StartsWith('/') ? BoundedFile.TryRead(path, 1024 * 1024, out _, followLinks: true) : null;
        return bytes is null ? null : Encoding.UTF8.GetString(bytes);
    }
}
