namespace UpdateStation.Packages.Model;

/// <summary>One change an update plan makes to one package.</summary>
/// <param name="Name">The package name as the package manager spells it.</param>
/// <param name="Action">What happens to the package.</param>
/// <param name="CurrentVersion">The installed version; null for an install.</param>
/// <param name="NewVersion">The version after the change; null for a removal; for a reinstall, the version reinstalled.</param>
/// <param name="Repository">The repository (pkg) or archive (apt) the new version comes from; null when unknown.</param>
/// <param name="Security">The change comes from a security archive or fixes a known vulnerability.</param>
/// <param name="Vulnerable">The package manager warns that the version to be installed still has known vulnerabilities.</param>
/// <param name="Reason">Why the change is in the plan (a new dependency of which package, removed because of which
/// conflict, pkg's reinstall reason); null when the package manager gives none.</param>
/// <param name="DownloadBytes">What the new version downloads (apt: the candidate's Packages <c>Size</c>; pkg: its plan); null when unknown.</param>
/// <param name="DiskChangeBytes">Installed size after minus before (apt: <c>Installed-Size</c>, KiB × 1024); negative when it frees space; null when unknown.</param>
/// <param name="Summary">The one-line description of the new (or, for a removal, the installed) version; null when unknown.</param>
/// <param name="Description">The long description, paragraphs separated by blank lines; null when unknown.</param>
/// <param name="Homepage">The project's homepage as the package names it; null when it names none.</param>
/// <param name="Advisory">The security advisory the source names for this change (e.g. a DSA/USN/VuXML id); null when none is named.</param>
public sealed record PackageChange(
    string Name,
    ChangeAction Action,
    string? CurrentVersion,
    string? NewVersion,
    string? Repository = null,
    bool Security = false,
    bool Vulnerable = false,
    string? Reason = null,
    long? DownloadBytes = null,
    long? DiskChangeBytes = null,
    string? Summary = null,
    string? Description = null,
    string? Homepage = null,
    string? Advisory = null);
