using UpdateStation.Packages.Processes;
using UpdateStation.Posix;

namespace UpdateStation.Packages.Apt;

public sealed partial class AptBackend
{
    /// <remarks>
    /// A frontend that changes packages (apt-get, apt, aptitude, another upgrade of ours) holds dpkg's frontend lock for its
    /// whole run, and dpkg its own lock: both live beside the status file apt's configuration names (Dir::State::status).
    /// </remarks>
    public async Task<string?> ChangesInProgressAsync(CancellationToken cancellationToken = default)
    {
        var environment = AptEnvironment.Create(_options);
        var result = await ProcessRunner.RunAsync(
                _options.AptConfig, ["-o", "APT::Architectures=all", "shell", "STATUS", "Dir::State::status/f"], environment.Variables, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (result.ExitCode != 0 || AptCatalogue.ParseShellValue(result.StandardOutput) is not { } status || Path.GetDirectoryName(status) is not { } admin)
        {
            return null;
        }

        foreach (var name in new[] { "lock-frontend", "lock" })
        {
            var path = Path.Combine(admin, name);
            if (FlockHolders.IsWriteLocked(path) == true)
            {
                return $"another program is changing packages (it holds dpkg's lock '{path}')";
            }
        }

        return null;
    }
}
