using System.Text;
using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;
using UpdateStation.Posix;

namespace UpdateStation.Packages.Apt;

/// <summary>
/// Leaves changes out of apt's plan: a preferences file of this program's that pins each left-out package to its installed
/// version (priority 1001) or, for one left-out version, that version away (priority -1), given to every apt run of the
/// plan and of the upgrade as `-o Dir::Etc::Preferences=FILE`.
/// </summary>
/// <remarks>
/// apt then plans (and `apt-get dist-upgrade` applies) only the rest, so the plan that is shown, fingerprinted, compared
/// and applied is the plan after leaving out: nothing is held on the system (no `apt-mark hold` to undo after a crash),
/// and a run without the pins sees every update again. `apt-get install NAMES` was the alternative; it would need a
/// second apply path beside dist-upgrade and its plan hook. The system's own preferences file is copied first, so its
/// pins still count; its preferences.d is untouched.
/// </remarks>
public static class AptPins
{
    /// <summary>The file's name in the directory it is written to.</summary>
    public const string FileName = "ignore-preferences";

    /// <summary>The preferences text: the system's own (null: none), then one pin for each left-out change.</summary>
    /// <param name="leftOut">Each change, with the one version left out (null: the package is kept as it is).</param>
    public static string Render(string? system, IEnumerable<(PackageChange Change, string? Version)> leftOut)
    {
        ArgumentNullException.ThrowIfNull(leftOut);
        var preferences = new StringBuilder(system is null ? "" : system.TrimEnd() + "\n\n");
        foreach (var (change, ignoredVersion) in leftOut)
        {
            var (version, priority) = ignoredVersion is { } ignored ? (ignored, "-1") : change.CurrentVersion is { } current ? (current, "1001") : ("*", "-1");
            preferences.Append($"Package: {change.Name}\nPin: version {version}\nPin-Priority: {priority}\n\n");
        }

        return preferences.ToString();
    }

    /// <summary>The text of apt's main preferences file (Dir::Etc::Preferences) as <paramref name="aptConfig"/> finds it; null when there is none.</summary>
    /// <exception cref="BackendException">apt-config failed.</exception>
    public static async Task<string?> SystemPreferencesAsync(string aptConfig, IReadOnlyDictionary<string, string?>? variables, CancellationToken cancellationToken)
    {
        // `shell` resolves the /f key as apt finds the file (Dir, Dir::Etc); it prints P='/etc/apt/preferences'.
        var result = await ProcessRunner.RunAsync(aptConfig, ["shell", "P", "Dir::Etc::Preferences/f"], variables, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new PackageManagerFailedException("apt-config shell", result.ExitCode, result.Detail);
        }

        var path = result.StandardOutput.Trim() is ['P', '=', '\'', .. var quoted, '\''] ? quoted : "";
        var bytes = path.StartsWith('/') ? BoundedFile.TryRead(path, 1024 * 1024, out _, followLinks: true) : null;
        return bytes is null ? null : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Writes the pins of <paramref name="ignored"/> into <paramref name="directory"/>; returns apt's options that read them ([] when nothing is ignored).</summary>
    /// <exception cref="BackendException">apt-config failed, or the file cannot be written.</exception>
    internal static async Task<IReadOnlyList<string>> OptionsAsync(
        string aptConfig, IReadOnlyDictionary<string, string?> variables, string directory, IReadOnlyList<IgnoredChange> ignored, CancellationToken cancellationToken)
    {
        if (ignored.Count == 0)
        {
            return [];
        }

        var system = await SystemPreferencesAsync(aptConfig, variables, cancellationToken).ConfigureAwait(false);
        var path = Path.Combine(directory, FileName);
        try
        {
            AtomicFile.Write(path, Encoding.UTF8.GetBytes(Render(system, ignored.Select(i => (i.Change, i.Rule.Version)))), (UnixFileMode)0b110_100_100);
        }
        catch (PosixException ex)
        {
            throw new BackendException($"Cannot write the ignore list's apt preferences '{path}': {ErrnoText.Describe(ex.Errno)}.", ex);
        }

        return ["-o", $"Dir::Etc::Preferences={path}"];
    }
}
