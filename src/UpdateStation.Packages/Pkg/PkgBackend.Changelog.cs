using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Pkg;

public sealed partial class PkgBackend
{
    /// <inheritdoc/>
    /// <remarks>pkg keeps no changelogs: what it can say is the port's origin and homepage (`pkg rquery`, or `pkg query`
    /// for a removal), from the catalogue the check read, bounded like every step (<see cref="PkgBackendOptions.StepTimeout"/>).</remarks>
    public async Task<Changelog> ChangelogAsync(PackageChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        const string Unavailable = "pkg keeps no changelogs; the port's history is in the ports tree under its origin.";
        var removal = change.Action == ChangeAction.Remove || change.NewVersion is null;
        var version = removal ? change.CurrentVersion : change.NewVersion;
        PkgRecord? record = null;
        try
        {
            var environment = IsRoot ? _options.Environment : PkgPrivateCatalogue.Open(_options.CacheDirectory).Environment(_options.Environment);
            var records = await QueryAsync(removal ? "query" : "rquery", [change.Name], environment, cancellationToken).ConfigureAwait(false);
            record = records.FirstOrDefault(r => r.Key.Name == change.Name && (version is null || r.Key.Version == version)).Value;
        }
        catch (BackendException)
        {
            // The origin stays unknown; the homepage the plan carries still helps.
        }

        return new Changelog(null, change.Homepage ?? record?.Www, record?.Origin, Unavailable);
    }
}
