using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;

namespace UpdateStation.Packages.Pkg;

/// <summary>Tells whether FreeBSD must restart: `freebsd-version -k` (installed kernel) differs from `-r` (running kernel).</summary>
/// <remarks>freebsd-version(1) prints the versions in the order kernel, running, userland whatever order the flags come in.</remarks>
internal sealed class FreeBsdRestartDetector(IReadOnlyDictionary<string, string?>? environment, string program = "freebsd-version")
{
    public async Task<RestartStatus> DetectAsync(CancellationToken cancellationToken = default)
    {
        ProcessResult result;
        try
        {
            result = await ProcessRunner.RunAsync(program, ["-k", "-r"], environment, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (BackendException)
        {
            // No freebsd-version (not FreeBSD, or a stripped system): nothing tells us a restart is needed.
            return RestartStatus.NotRequired;
        }

        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (result.ExitCode != 0 || lines.Length < 2 || lines[0] == lines[1])
        {
            return RestartStatus.NotRequired;
        }

        return new RestartStatus(true, [],
            $"The installed kernel is {lines[0]} but {lines[1]} is running; restart to use the new kernel.");
    }
}
