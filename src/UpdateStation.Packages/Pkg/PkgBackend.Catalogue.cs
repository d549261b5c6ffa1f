using UpdateStation.Packages.Processes;

namespace UpdateStation.Packages.Pkg;

public sealed partial class PkgBackend
{
    /// <summary>Prepares the catalogue a dry run reads: root's own, or as a user a private one.</summary>
    private Task<PreparedCatalogue> PrepareCatalogueAsync(bool refresh, CancellationToken cancellationToken) =>
        IsRoot ? PrepareSystemCatalogueAsync(refresh, cancellationToken) : PreparePrivateCatalogueAsync(refresh, cancellationToken);

    private async Task<PreparedCatalogue> PrepareSystemCatalogueAsync(bool refresh, CancellationToken cancellationToken)
    {
        if (!refresh)
        {
            return new PreparedCatalogue(_options.Environment, false, PkgCatalogue.LastUpdated(DatabaseDirectory));
        }

        var configuration = await ReadConfigurationAsync(cancellationToken).ConfigureAwait(false);
        await PkgMirrorProbe.ThrowIfSyncingAsync(configuration.Repositories, cancellationToken).ConfigureAwait(false);
        ThrowIfFailed(await RunAsync(["update"], _options.Environment, cancellationToken).ConfigureAwait(false), "pkg update");
        return new PreparedCatalogue(_options.Environment, true, DateTimeOffset.UtcNow);
    }

    /// <summary>
    /// A user's check: the installed set copied (when it changed) into the private catalogue, then, when refreshing, the
    /// repository catalogues fetched there. Without a refresh the private catalogue is used as it stands, and must exist.
    /// </summary>
    private async Task<PreparedCatalogue> PreparePrivateCatalogueAsync(bool refresh, CancellationToken cancellationToken)
    {
        var configuration = await ReadConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var catalogue = PkgPrivateCatalogue.Open(_options.CacheDirectory);
        if (!refresh && catalogue.RefreshedAt is null)
        {
            throw new BackendException(
                $"There is no private pkg catalogue in '{catalogue.Directory}' yet; check once without --no-refresh to make one.");
        }

        catalogue.TakeInstalledSet(configuration.DatabaseDirectory ?? DatabaseDirectory);
        var environment = catalogue.Environment(_options.Environment);
        if (refresh)
        {
            await PkgMirrorProbe.ThrowIfSyncingAsync(configuration.Repositories, cancellationToken).ConfigureAwait(false);
            ThrowIfFailed(await RunAsync(["update"], environment, cancellationToken).ConfigureAwait(false), "pkg update");
            catalogue.MarkRefreshed();
        }

        return new PreparedCatalogue(environment, refresh, catalogue.RefreshedAt);
    }

    /// <summary>pkg's database directory and repositories, from `pkg -vv` (pkg.conf, REPOS_DIR and the environment applied).</summary>
    private async Task<PkgConfiguration> ReadConfigurationAsync(CancellationToken cancellationToken)
    {
        var result = await RunAsync(["-vv"], _options.Environment, cancellationToken).ConfigureAwait(false);

        // A pkg that cannot print its configuration fails the update and the dry run that follow, with pkg's own words.
        return result.ExitCode == 0 ? PkgConfiguration.Parse(result.StandardOutput) : new PkgConfiguration(null, []);
    }

    private async Task<ProcessResult> RunAsync(
        IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment, CancellationToken cancellationToken)
    {
        await ThrowIfUntrustedAsync(environment, cancellationToken).ConfigureAwait(false);
        return await ProcessRunner.RunAsync(Pkg, [.. _options.Arguments, .. arguments], environment, _options.StepTimeout, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The catalogue a dry run reads.</summary>
    /// <param name="Environment">The variables pkg runs with to read it.</param>
    /// <param name="Refreshed">It was refreshed for this check.</param>
    /// <param name="UpdatedAt">When it was last refreshed, when known.</param>
    private sealed record PreparedCatalogue(IReadOnlyDictionary<string, string?>? Environment, bool Refreshed, DateTimeOffset? UpdatedAt);
}
