using UpdateStation.Packages.Model;

namespace UpdateStation.Packages;

/// <summary>A package manager seen through one model: it computes update plans and applies them.</summary>
/// <remarks>
/// Implementations run the package manager as a child process with an argument vector and LC_ALL=C, and
/// turn its text into the model with a pure parser. Failures throw <see cref="BackendException"/>.
/// </remarks>
public interface IPackageBackend
{
    /// <summary>The backend's name as the command line spells it: "apt" or "pkg".</summary>
    string Name { get; }

    /// <summary>Computes the update plan; refreshes the catalogue first when <paramref name="refresh"/> is set and the caller may.</summary>
    Task<UpdatePlan> CheckAsync(bool refresh, CancellationToken cancellationToken = default);

    /// <summary>Where the installed-package database and its lock are, for a watch on it; null when the package manager cannot say.</summary>
    /// <remarks>Runs without root and changes nothing; never throws but for cancellation.</remarks>
    Task<PackageDatabase?> FindDatabaseAsync(CancellationToken cancellationToken = default);

    /// <summary>Who else is changing packages right now, in words; null when nobody is, or when the package manager cannot tell.</summary>
    /// <remarks>Asked before an upgrade refreshes anything, so a second upgrade is refused as busy rather than planned against a half-changed system.</remarks>
    Task<string?> ChangesInProgressAsync(CancellationToken cancellationToken = default);

    /// <summary>The changelog entries of <paramref name="change"/>'s new version that are newer than the installed one, or where to look instead.</summary>
    /// <remarks>Runs without root, may use the network the package manager is configured for, and never throws for a
    /// missing changelog: that is <see cref="Changelog.Unavailable"/>. Cancellation throws.</remarks>
    Task<Changelog> ChangelogAsync(PackageChange change, CancellationToken cancellationToken = default);

    /// <summary>Applies the current plan, reporting progress; requires root.</summary>
    /// <remarks>
    /// The package manager runs detached, logging to <see cref="UpgradeRequest.LogPath"/>; the cancellation token
    /// counts only until <see cref="UpgradeRequest.BeginChanges"/> has returned.
    /// </remarks>
    Task<UpgradeResult> UpgradeAsync(UpgradeRequest request, IProgress<UpgradeProgress> progress, CancellationToken cancellationToken = default);
}
