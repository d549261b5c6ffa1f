using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Pkg;

/// <summary>FreeBSD's pkg: plans with `pkg upgrade -n`, applies with `pkg upgrade -y`.</summary>
public sealed class PkgBackend : IPackageBackend
{
    public string Name => "pkg";

    public Task<UpdatePlan> CheckAsync(bool refresh, CancellationToken cancellationToken = default) =>
        throw new BackendException("The pkg backend is not implemented yet.");

    public Task<UpgradeResult> UpgradeAsync(IProgress<UpgradeProgress> progress, CancellationToken cancellationToken = default) =>
        throw new BackendException("The pkg backend is not implemented yet.");
}
