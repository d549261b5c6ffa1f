namespace UpdateStation.Packages;

/// <summary>A package-manager operation failed; the message is one line a person can act on.</summary>
public class BackendException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The package manager ran and failed.</summary>
/// <param name="command">The program and arguments, for the message.</param>
/// <param name="exitCode">Its exit status.</param>
/// <param name="detail">The most telling line of its error output.</param>
public sealed class PackageManagerFailedException(string command, int exitCode, string detail)
    : BackendException($"'{command}' failed with exit status {exitCode}: {detail}")
{
    public string Command { get; } = command;

    public int ExitCode { get; } = exitCode;
}

/// <summary>Another process held the package manager's lock for longer than we wait.</summary>
public sealed class PackageManagerBusyException(string message) : BackendException(message);


/// <summary>
/// The package manager's configuration names a file or directory that others than root could change, so the root
/// helper will not run it; the message names the path and why (see Posix's RootOnlyPath).
/// </summary>
public sealed class UntrustedConfigurationException(string message) : BackendException(message);
