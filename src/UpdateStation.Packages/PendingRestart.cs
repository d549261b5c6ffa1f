using UpdateStation.Packages.Model;
using UpdateStation.Packages.Apt;
using UpdateStation.Packages.Pkg;

namespace UpdateStation.Packages;

/// <summary>Whether the system says a restart is still needed (an upgrade asked for one that has not happened yet).</summary>
/// <remarks>
/// Debian's flag lives in /run, a tmpfs: a restart clears it. FreeBSD's kernel versions agree again after a restart. So
/// asking after every check keeps a restart on the icon exactly until the system has restarted.
/// </remarks>
public static class PendingRestart
{
    /// <param name="backend">The plan's backend: "apt" or "pkg".</param>
    /// <param name="runDirectory">Where Debian keeps reboot-required. For tests.</param>
    public static Task<RestartStatus> DetectAsync(string backend, string runDirectory = "/run", CancellationToken cancellationToken = default) =>
        backend == "pkg"
            ? new FreeBsdRestartDetector(null).DetectAsync(cancellationToken)
            : Task.FromResult(new DebianRestartDetector(runDirectory).Detect());
}
