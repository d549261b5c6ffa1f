using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Pkg;

/// <summary>One "[i/N] Verb ..." line of a running pkg upgrade.</summary>
/// <param name="Index">i: the package's position in the current phase.</param>
/// <param name="Total">N: the number of packages in the current phase.</param>
/// <param name="Step">What pkg does to the package.</param>
/// <param name="Name">The package name.</param>
/// <param name="FromVersion">The version replaced, for upgrades and downgrades.</param>
/// <param name="ToVersion">The version installed, or the version named in "name-version".</param>
/// <param name="Percent">i/N as a percentage.</param>
/// <param name="Text">The line as pkg printed it, trimmed.</param>
internal readonly record struct PkgProgressLine(
    int Index, int Total, UpgradeStep Step, string Name, string? FromVersion, string? ToVersion, double Percent, string Text)
{
    public UpgradeProgress ToProgress() => new(Step, Name, Percent, Text);

    /// <summary>The change this line applies; null for fetching and extracting, which change nothing yet.</summary>
    public PackageChange? ToChange() => Step switch
    {
        UpgradeStep.Upgrade => new(Name, ChangeAction.Upgrade, FromVersion, ToVersion),
        UpgradeStep.Downgrade => new(Name, ChangeAction.Downgrade, FromVersion, ToVersion),
        UpgradeStep.Install => new(Name, ChangeAction.Install, null, ToVersion),
        UpgradeStep.Reinstall => new(Name, ChangeAction.Reinstall, ToVersion, ToVersion),
        UpgradeStep.Remove => new(Name, ChangeAction.Remove, ToVersion, null),
        _ => null,
    };
}
