using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;

namespace UpdateStation.Packages.Apt;

public sealed partial class AptBackend
{
    /// <summary>The most versions asked of one `apt-cache show` (its command line stays far below ARG_MAX).</summary>
    private const int VersionsPerLookup = 5000;

    /// <summary>Below this many versions one lookup does it: a second apt-cache would cost more than it saves.</summary>
    private const int MinVersionsPerLookup = 500;

    /// <summary>The plan's changes with their details (<see cref="AptPlanDetails"/>) from the records of the versions they name.</summary>
    /// <remarks>
    /// One `apt-cache show name=version...` for the whole plan (a few for a huge one): apt reads the cache the simulation
    /// just built and seeks each record in its lists, so a plan of 2,000 changes costs one process, not 2,000. The details
    /// are what the window and `check --json` show, never what the plan does: when the lookup fails the changes stay as
    /// they were.
    /// </remarks>
    private async Task<IReadOnlyList<PackageChange>> AddDetailsAsync(AptEnvironment environment, IReadOnlyList<PackageChange> changes, CancellationToken cancellationToken)
    {
        var versions = changes
            .SelectMany(c => new[] { c.Action == ChangeAction.Remove ? null : c.NewVersion, c.CurrentVersion }.OfType<string>().Select(v => AptRecordParser.Key(c.Name, v)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (versions.Count == 0)
        {
            return changes;
        }

        // One lookup per core for a large plan (each parsed on a pool thread as it ends): apt-cache and the parsing of its
        // records are most of what the details add to a check (bench/README.md, the apt check's overhead).
        var perLookup = Math.Clamp((versions.Count + Environment.ProcessorCount - 1) / Environment.ProcessorCount, MinVersionsPerLookup, VersionsPerLookup);
        var lookups = versions.Chunk(perLookup).Select(chunk => Task.Run(
            async () => AptRecordParser.Parse((await ShowAsync(environment, chunk, cancellationToken).ConfigureAwait(false)).StandardOutput),
            cancellationToken)).ToList();
        var records = new Dictionary<string, AptRecord>(StringComparer.Ordinal);
        foreach (var lookup in lookups)
        {
            foreach (var (key, record) in await lookup.ConfigureAwait(false))
            {
                records.TryAdd(key, record);
            }
        }

        return AptPlanDetails.Fill(changes, records);
    }

    /// <summary>apt-cache exits 100 when one version is unknown but still prints the others: its output counts either way.</summary>
    private async Task<ProcessResult> ShowAsync(AptEnvironment environment, IReadOnlyList<string> versions, CancellationToken cancellationToken)
    {
        await ThrowIfUntrustedAsync(environment, cancellationToken).ConfigureAwait(false);
        return await ProcessRunner.RunAsync(_options.AptCache, ["show", .. versions], environment.Variables, _options.StepTimeout, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }
}
