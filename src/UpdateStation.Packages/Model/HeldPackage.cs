namespace UpdateStation.Packages.Model;

/// <summary>A package the plan may not change: held (apt-mark hold) or locked (pkg lock).</summary>
/// <param name="Name">The package name.</param>
/// <param name="CurrentVersion">The installed version, when the package manager says it.</param>
/// <param name="AvailableVersion">The version that would otherwise be installed, when known.</param>
public sealed record HeldPackage(string Name, string? CurrentVersion, string? AvailableVersion = null);
