using UpdateStation.Packages.Processes;
using UpdateStation.Posix;

namespace UpdateStation.Packages.Apt;

public sealed partial class AptBackend
{
    /// <remarks>
    /// apt's configuration names the status file (`Dir::State::status`: APT_CONFIG and the configuration files can move
    /// it); dpkg's lock lives beside it. Asked of the host's configuration, never the private one of a user's check.
    /// Told the architectures, apt-config does not run dpkg to learn them.
    /// </remarks>
    public async Task<PackageDatabase?> FindDatabaseAsync(CancellationToken cancellationToken = default)
    {
        ProcessResult result;
        try
        {
            result = await ProcessRunner.RunAsync(
                    _options.AptConfig, ["-o", "APT::Architectures=all", "shell", "STATUS", "Dir::State::status/f"], _options.Environment, _options.StepTimeout, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (BackendException)
        {
            return null;
        }

        return result.ExitCode == 0 && AptCatalogue.ParseShellValue(result.StandardOutput) is { } status && Path.GetDirectoryName(status) is { } admin
            ? new PackageDatabase(status, Path.Combine(admin, "lock"))
            : null;
    }

    /// <remarks>
    /// A frontend that changes packages (apt-get, apt, aptitude, another upgrade of ours) holds dpkg's frontend lock for its
    /// whole run, and dpkg its own lock: both live beside the status file (<see cref="FindDatabaseAsync"/>).
    /// </remarks>
    public async Task<string?> ChangesInProgressAsync(CancellationToken cancellationToken = default)
    {
        if (await FindDatabaseAsync(cancellationToken).ConfigureAwait(false) is not { } database)
        {
            return null;
        }

        foreach (var path in new[] { Path.Combine(Path.GetDirectoryName(database.LockFile)!, "lock-frontend"), database.LockFile })
        {
            if (FlockHolders.IsWriteLocked(path) == true)
            {
                return $"another program is changing packages (it holds dpkg's lock '{path}')";
            }
        }

        return null;
    }
}
