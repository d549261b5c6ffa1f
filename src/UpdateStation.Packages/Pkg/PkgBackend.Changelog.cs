using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Pkg;

public sealed partial class PkgBackend
{
    /// <inheritdoc/>
    /// <remarks>Placeholder of the contract commit: the details branch reads the real changelog.</remarks>
    public Task<Changelog> ChangelogAsync(PackageChange change, CancellationToken cancellationToken = default) =>
        Task.FromResult(new Changelog(null, change.Homepage, null, "Changelogs are not read yet."));
}
