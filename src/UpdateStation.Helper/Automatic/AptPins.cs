using System.Text;
using UpdateStation.Packages;
using UpdateStation.Packages.Model;
using UpdateStation.Posix;

namespace UpdateStation.Helper.Automatic;

/// <summary>
/// Leaves changes out of apt's plan for one run: a private preferences file that pins each left-out package to its
/// installed version (priority 1001) or, for an ignored version, that version away (priority -1), read through an
/// apt.conf of the run's own that includes the one the helper was given (APT_CONFIG). The pins are written as the
/// Packages apt backend writes the ignore list's (<see cref="Packages.Apt.AptPins"/>), which a user's plan and the
/// helper's `upgrade --ignore` use.
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
        var system = await Packages.Apt.AptPins.SystemPreferencesAsync("apt-config", null, cancellationToken).ConfigureAwait(false);
        var preferences = Packages.Apt.AptPins.Render(system, leftOut.Select(l => (l.Change, l.Rule?.Version)));
        var config = new StringBuilder();
        if (!string.IsNullOrEmpty(included))
        {
            config.Append($"#include \"{included}\";\n");
        }

        config.Append($"Dir::Etc::Preferences \"{state.File(PreferencesName)}\";\n");
        try
        {
            AtomicFile.Write(state.File(PreferencesName), Encoding.UTF8.GetBytes(preferences), (UnixFileMode)0b110_100_100);
            AtomicFile.Write(state.File(ConfigName), Encoding.UTF8.GetBytes(config.ToString()), (UnixFileMode)0b110_100_100);
        }
        catch (PosixException ex)
        {
            throw new BackendException($"Cannot write the run's apt preferences in '{state.Path}': {ErrnoText.Describe(ex.Errno)}.", ex);
        }

        Environment.SetEnvironmentVariable("APT_CONFIG", state.File(ConfigName));
    }
}
