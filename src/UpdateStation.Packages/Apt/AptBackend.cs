using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Apt;

/// <summary>Debian/Ubuntu's apt: plans with `apt-get -s dist-upgrade`, applies with `apt-get dist-upgrade`.</summary>
public sealed class AptBackend : IPackageBackend
{
    public string Name => "apt";

    public Task<UpdatePlan> CheckAsync(bool refresh, CancellationToken cancellationToken = default) =>
        throw new BackendException("The apt backend is not implemented yet.");

    public Task<UpgradeResult> UpgradeAsync(IProgress<UpgradeProgress> progress, CancellationToken cancellationToken = default) =>
        throw new BackendException("The apt backend is not implemented yet.");
}
