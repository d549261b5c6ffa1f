using System.Diagnostics;
using System.Globalization;
using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Pkg;

public sealed partial class PkgBackend
{
    private static readonly TimeSpan s_longestRetryDelay = TimeSpan.FromSeconds(5);

    public async Task<UpgradeResult> UpgradeAsync(IProgress<UpgradeProgress> progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (!IsRoot)
        {
            throw new RootRequiredException("Upgrading packages with pkg needs root; run 'update-station upgrade' as root (for example with doas or sudo).");
        }

        var monitor = new PkgUpgradeMonitor(progress);
        long started = Stopwatch.GetTimestamp();
        var delay = _options.FirstRetryDelay;
        while (true)
        {
            monitor.BeginAttempt();
            var result = await RunAsync(["upgrade", "-y"], cancellationToken, monitor.Observe).ConfigureAwait(false);
            if (!monitor.LockBusy)
            {
                if (result.ExitCode != 0)
                {
                    throw new PackageManagerFailedException("pkg upgrade -y", result.ExitCode, result.Detail);
                }

                break;
            }

            // pkg takes its lock before changing anything, so a run that could not lock it applied nothing: retry.
            var waited = Stopwatch.GetElapsedTime(started);
            var left = _options.LockWait - waited;
            if (left <= TimeSpan.Zero)
            {
                throw new PackageManagerBusyException(string.Create(CultureInfo.InvariantCulture,
                    $"pkg's database stayed locked by another process for {_options.LockWait.TotalSeconds:0.#} s; nothing was changed, try again when the other pkg has finished."));
            }

            progress.Report(new UpgradeProgress(UpgradeStep.WaitingForLock, null, null, string.Create(CultureInfo.InvariantCulture,
                $"Another process (another pkg) holds pkg's database lock; waiting up to {left.TotalSeconds:0} s more.")));
            await Task.Delay(delay < left ? delay : left, cancellationToken).ConfigureAwait(false);
            delay = delay * 2 < s_longestRetryDelay ? delay * 2 : s_longestRetryDelay;
        }

        var restart = await new FreeBsdRestartDetector(_options.Environment).DetectAsync(cancellationToken).ConfigureAwait(false);
        progress.Report(new UpgradeProgress(UpgradeStep.Done, null, 100, "The upgrade is complete."));
        return new UpgradeResult(monitor.Applied, restart);
    }
}
