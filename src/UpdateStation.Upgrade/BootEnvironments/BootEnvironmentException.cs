using UpdateStation.Packages;

namespace UpdateStation.Upgrade.BootEnvironments;

/// <summary>A boot environment could not be made; nothing was changed.</summary>
public sealed class BootEnvironmentException(string message) : BackendException(message);
