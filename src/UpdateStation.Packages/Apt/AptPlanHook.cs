using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Apt;

/// <summary>
/// apt's own plan for a run, checked just before dpkg starts: apt runs the hook (DPkg::Pre-Install-Pkgs, protocol version 2,
/// apt.conf(5)) with every package action of the run on its standard input, and aborts the run, nothing changed, when the
/// hook fails. So what apt applies is exactly the plan that was compared, whatever changed since the comparison.
/// </summary>
/// <remarks>
/// The hook is `EXECUTABLE verify-apt-plan SHA256` (the root helper); it exits 0 only when apt's actions have the fingerprint
/// of the plan that was compared. Packages that are only configured are left out on both sides: they change no version,
/// and those an interrupted run left half-configured are finished before apt runs. A refusal's line on stderr (the run
/// log) starts with <see cref="RefusalPrefix"/>, so the backend tells it from apt's other failures.
/// </remarks>
public static class AptPlanHook
{
    public const string Verb = "verify-apt-plan";
    public const string RefusalPrefix = "update-station-helper: apt's plan for this run is not the plan that was shown";

    private const string Configure = "**CONFIGURE**";
    private const string Remove = "**REMOVE**";

    /// <summary>The apt options that make apt run the hook before dpkg.</summary>
    /// <exception cref="BackendException">The executable's path has characters the shell apt runs hooks with would read.</exception>
    internal static IReadOnlyList<string> Options(string executable, UpdatePlan plan)
    {
        if (!executable.StartsWith('/') || executable.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or '+')))
        {
            throw new BackendException($"Cannot check apt's plan with '{executable}': apt runs hooks through /bin/sh, and that path is not a plain absolute path.");
        }

        return
        [
            "-o", $"DPkg::Pre-Install-Pkgs::={executable} {Verb} {Fingerprint(plan.Updates)}",
            "-o", $"DPkg::Tools::Options::{executable}::Version=2",
        ];
    }

    /// <summary>The fingerprint of what apt unpacks and removes: the changes less those only configured.</summary>
    public static string Fingerprint(IEnumerable<PackageChange> changes) =>
        PlanFingerprint.Of(changes.Where(c => c.Action != ChangeAction.Configure));

    /// <summary>The hook: 0 when apt's actions on <paramref name="input"/> have <paramref name="fingerprint"/>, else 1 and one line on <paramref name="error"/>.</summary>
    public static int Verify(TextReader input, string fingerprint, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var changes = Parse(input);
        if (changes is not null && Fingerprint(changes) == fingerprint)
        {
            return 0;
        }

        var described = changes is null ? "apt did not say it in protocol version 2" : $"apt would make {changes.Count} changes, {Fingerprint(changes)}";
        error.WriteLine($"{RefusalPrefix} ({fingerprint}): {described}; nothing was changed.");
        return 1;
    }

    /// <summary>The changes announced in protocol version 2; null when the input is not in that protocol.</summary>
    public static IReadOnlyList<PackageChange>? Parse(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.ReadLine() != "VERSION 2")
        {
            return null;
        }

        // The configuration space comes first, up to an empty line.
        string? line;
        while ((line = input.ReadLine()) is { Length: > 0 })
        {
        }

        var changes = new Dictionary<string, PackageChange>(StringComparer.Ordinal);
        while ((line = input.ReadLine()) is not null)
        {
            // NAME OLD-VERSION DIRECTION NEW-VERSION ACTION; a version is "-" when there is none.
            var fields = line.Split(' ');
            if (fields.Length != 5)
            {
                continue;
            }

            var (name, current, next, action) = (fields[0], Version(fields[1]), Version(fields[3]), fields[4]);
            var change = action switch
            {
                Configure => new PackageChange(name, ChangeAction.Configure, current, next),
                Remove => new PackageChange(name, ChangeAction.Remove, current, null),
                _ when next is null => null,
                _ => new PackageChange(name, ActionOf(current, next), current, next),
            };
            if (change is not null && (change.Action != ChangeAction.Configure || !changes.ContainsKey(name)))
            {
                changes[name] = change;
            }
        }

        return [.. changes.Values.Where(c => c.Action != ChangeAction.Configure)];
    }

    private static string? Version(string field) => field == "-" ? null : field;

    private static ChangeAction ActionOf(string? current, string next) => current is null ? ChangeAction.Install : DebianVersion.Compare(next, current) switch
    {
        > 0 => ChangeAction.Upgrade,
        < 0 => ChangeAction.Downgrade,
        _ => ChangeAction.Reinstall,
    };
}
