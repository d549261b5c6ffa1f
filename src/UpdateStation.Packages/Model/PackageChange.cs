namespace UpdateStation.Packages.Model;

/// <summary>One change an update plan makes to one package.</summary>
/// <param name="Name">The package name as the package manager spells it.</param>
/// <param name="Action">What happens to the package.</param>
/// <param name="CurrentVersion">The installed version; null for an install.</param>
/// <param name="NewVersion">The version after the change; null for a removal; for a reinstall, the version reinstalled.</param>
/// <param name="Repository">The repository (pkg) or archive (apt) the new version comes from; null when unknown.</param>
/// <param name="Security">The change comes from a security archive or fixes a known vulnerability.</param>
/// <param name="Vulnerable">The package manager warns that the version to be installed still has known vulnerabilities.</param>
/// <param name="Reason">The package manager's reason for the change, e.g. why a package is reinstalled; null when it gives none.</param>
public sealed record PackageChange(
    string Name,
    ChangeAction Action,
    string? CurrentVersion,
    string? NewVersion,
    string? Repository = null,
    bool Security = false,
    bool Vulnerable = false,
    string? Reason = null);
