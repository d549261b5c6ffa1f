namespace UpdateStation.Upgrade.BootEnvironments;

/// <summary>One line of `bectl list -H`: name, active, mountpoint, space, created (tab-separated).</summary>
/// <param name="Active">`N` running now, `R` next boot, `NR` both, `T` next boot only once, `-` none.</param>
public sealed record BootEnvironment(string Name, string Active)
{
    /// <summary>Running now or chosen for a next boot: never destroyed.</summary>
    public bool IsInUse => Active.IndexOfAny(['N', 'R', 'T']) >= 0;

    /// <summary>The environments `bectl list -H` prints; lines of another shape are skipped.</summary>
    public static IReadOnlyList<BootEnvironment> ParseList(string output) =>
    [
        .. output.Split('\n')
            .Select(line => line.TrimEnd('\r').Split('\t'))
            .Where(fields => fields.Length >= 2 && fields[0].Length > 0)
            .Select(fields => new BootEnvironment(fields[0], fields[1])),
    ];
}
