namespace UpdateStation.Packages.Json;

/// <summary>A held (apt) or locked (pkg) package in JSON.</summary>
public sealed record HeldPackageJson(string Name, string? CurrentVersion, string? AvailableVersion);
