namespace UpdateStation.Rendering;

/// <summary>A held (apt) or locked (pkg) package in JSON.</summary>
internal sealed record HeldPackageJson(string Name, string? CurrentVersion, string? AvailableVersion);
