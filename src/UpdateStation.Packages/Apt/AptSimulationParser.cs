using System.Globalization;
using System.Text.RegularExpressions;
using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Apt;

/// <summary>Turns the text of `apt-get -s -V dist-upgrade` into an <see cref="AptSimulation"/>; a pure function.</summary>
/// <remarks>
/// Lines it does not know are skipped. The text must end in apt's summary line ("N upgraded, N newly installed, ...")
/// and agree with it, or it is not a simulation: a truncated or foreign output would otherwise read as "up to date".
/// Packages an interrupted run left unpacked or half-configured ("N not fully installed or removed.") are part of the
/// plan too, as <see cref="ChangeAction.Configure"/>: they are the Conf lines of packages the simulation does not install.
/// </remarks>
internal static partial class AptSimulationParser
{
    private const string KeptBackHeader = "The following packages have been kept back:";

    /// <exception cref="FormatException">The text is not a complete dist-upgrade simulation; the message is one line.</exception>
    public static AptSimulation Parse(string text)
    {
        var changes = new List<PackageChange>();
        var keptBack = new List<HeldPackage>();
        int? expectedInstalls = null, expectedRemovals = null;
        var removals = 0;
        var notFullyInstalled = 0;
        var configured = new List<PackageChange>();
        var inKeptBack = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (inKeptBack && line.StartsWith(' '))
            {
                ReadKeptBack(line, keptBack);
                continue;
            }

            inKeptBack = line == KeptBackHeader;
            if (line.StartsWith("Inst ", StringComparison.Ordinal) && TryReadInst(line, out var change))
            {
                changes.Add(change);
            }
            else if ((line.StartsWith("Remv ", StringComparison.Ordinal) || line.StartsWith("Purg ", StringComparison.Ordinal))
                && RemoveLine().Match(line) is { Success: true } removal)
            {
                changes.Add(new PackageChange(removal.Groups["name"].Value, ChangeAction.Remove, NullIfEmpty(removal.Groups["old"].Value), null));
                removals++;
            }
            else if (line.StartsWith("Conf ", StringComparison.Ordinal) && ConfLine().Match(line) is { Success: true } conf)
            {
                var version = conf.Groups["version"].Value;
                configured.Add(new PackageChange(conf.Groups["name"].Value, ChangeAction.Configure, version, version, Reason: "not fully installed"));
            }
            else if (line.EndsWith(" not fully installed or removed.", StringComparison.Ordinal) && NotFullyInstalledLine().Match(line) is { Success: true } broken)
            {
                notFullyInstalled = Count(broken, "count");
            }
            else if (line.EndsWith(" not upgraded.", StringComparison.Ordinal) && SummaryLine().Match(line) is { Success: true } summary)
            {
                expectedInstalls = Count(summary, "upgraded") + Count(summary, "new") + Count(summary, "reinstalled") + Count(summary, "downgraded");
                expectedRemovals = Count(summary, "remove");
            }
        }

        if (expectedInstalls is null || expectedRemovals is null)
        {
            throw new FormatException("no summary line (\"N upgraded, N newly installed, ...\") was found");
        }

        if (changes.Count - removals != expectedInstalls || removals != expectedRemovals)
        {
            throw new FormatException(
                $"the summary announces {expectedInstalls} installs and {expectedRemovals} removals but {changes.Count - removals} and {removals} were listed");
        }

        if (notFullyInstalled > 0)
        {
            // Conf lines also follow every package the run installs; those are configured as part of their install.
            var installed = changes.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            changes.InsertRange(0, configured.Where(c => !installed.Contains(c.Name)).Take(notFullyInstalled));
        }

        return new AptSimulation(changes, keptBack);
    }

    private static bool TryReadInst(string line, out PackageChange change)
    {
        change = null!;
        var match = InstLine().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var name = match.Groups["name"].Value;
        var current = NullIfEmpty(match.Groups["old"].Value);
        var next = match.Groups["new"].Value;
        var (repository, security) = AptOrigin.Describe(match.Groups["origins"].Value);
        var action = current is null ? ChangeAction.Install : DebianVersion.Compare(next, current) switch
        {
            > 0 => ChangeAction.Upgrade,
            < 0 => ChangeAction.Downgrade,
            _ => ChangeAction.Reinstall,
        };
        change = new PackageChange(name, action, current, next, repository, security);
        return true;
    }

    private static void ReadKeptBack(string line, List<HeldPackage> keptBack)
    {
        if (KeptBackWithVersions().Match(line) is { Success: true } match)
        {
            keptBack.Add(new HeldPackage(match.Groups["name"].Value, match.Groups["old"].Value, match.Groups["new"].Value));
            return;
        }

        foreach (var name in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            keptBack.Add(new HeldPackage(name, null));
        }
    }

    private static int Count(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    // Inst name [old] (new Label:Version/Archive, Label:Archive [arch]) [optional broken-dependency notes]
    [GeneratedRegex(@"^Inst (?<name>\S+) (?:\[(?<old>[^\]\s]+)\] )?\((?<new>\S+) (?<origins>[^()]*)\)(?: \[[^\]]*\])*$")]
    private static partial Regex InstLine();

    [GeneratedRegex(@"^(?:Remv|Purg) (?<name>\S+)(?: \[(?<old>[^\]\s]+)\])?(?: \[[^\]]*\])*$")]
    private static partial Regex RemoveLine();

    // Conf name (version Label:Version/Archive [arch])
    [GeneratedRegex(@"^Conf (?<name>\S+) \((?<version>[^\s()]+)[^()]*\)")]
    private static partial Regex ConfLine();

    [GeneratedRegex(@"^(?<count>\d{1,9}) not fully installed or removed\.$")]
    private static partial Regex NotFullyInstalledLine();

    [GeneratedRegex(@"^\s+(?<name>\S+) \((?<old>\S+) => (?<new>\S+)\)$")]
    private static partial Regex KeptBackWithVersions();

    [GeneratedRegex(@"^(?<upgraded>\d{1,9}) upgraded, (?<new>\d{1,9}) newly installed, (?:(?<reinstalled>\d{1,9}) reinstalled, )?(?:(?<downgraded>\d{1,9}) downgraded, )?(?<remove>\d{1,9}) to remove and \d{1,9} not upgraded\.$")]
    private static partial Regex SummaryLine();
}
