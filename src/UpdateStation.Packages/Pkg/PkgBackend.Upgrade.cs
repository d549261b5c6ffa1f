using System.Diagnostics;
using System.Globalization;
using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;

namespace UpdateStation.Packages.Pkg;

public sealed partial class PkgBackend
{
    private static readonly TimeSpan s_longestRetryDelay = TimeSpan.FromSeconds(5);

    /// <remarks>
    /// `pkg upgrade -y -U` runs detached (<see cref="DetachedRunner"/>), writing into the run log: nothing that happens to this
    /// process stops it midway. The cancellation token counts until <see cref="UpgradeRequest.BeginChanges"/> returns.
    /// -U: pkg does not refresh its catalogue itself, so it applies the plan that was compared with the user's (the caller
    /// refreshes before it plans).
    /// </remarks>
    public async Task<UpgradeResult> UpgradeAsync(UpgradeRequest request, IProgress<UpgradeProgress> progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        if (request.Plan is { } seen && await CheckAsync(refresh: false, cancellationToken).ConfigureAwait(false) is var current
            && !PlanChangedException.SameChanges(seen, current))
        {
            throw new PlanChangedException(current);
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var log = RunLog.Open(request.LogPath);
        log.Write("upgrade with pkg");
        try
        {
            request.BeginChanges();
        }
        catch (OperationCanceledException)
        {
            log.Write("upgrade cancelled before any change");
            throw;
        }

        try
        {
            var applied = await UpgradeDetachedAsync(log, progress).ConfigureAwait(false);
            log.Write($"upgrade done: {applied.Count} changes applied");
            var restart = await new FreeBsdRestartDetector(_options.Environment).DetectAsync(CancellationToken.None).ConfigureAwait(false);
            progress.Report(new UpgradeProgress(UpgradeStep.Done, null, 100, "The upgrade is complete."));
            return new UpgradeResult(applied, restart);
        }
        catch (BackendException ex)
        {
            log.Write($"upgrade failed: {ex.Message}");
            throw;
        }
    }

    private async Task<IReadOnlyList<PackageChange>> UpgradeDetachedAsync(RunLog log, IProgress<UpgradeProgress> progress)
    {
        var monitor = new PkgUpgradeMonitor(progress);
        long? firstRefusal = null;
        var delay = _options.FirstRetryDelay;
        while (true)
        {
            monitor.BeginAttempt();
            var result = await DetachedRunner.RunAsync(log, Pkg, [.. _options.Arguments, "upgrade", "-y", "-U"], _options.Environment, line => monitor.Observe(line, false))
                .ConfigureAwait(false);
            if (!monitor.LockBusy)
            {
                if (result.ExitCode != 0)
                {
                    throw new PackageManagerFailedException("pkg upgrade -y -U", result.ExitCode, $"{result.Detail.TrimEnd('.')}. See the log {log.Path}.");
                }

                return monitor.Applied;
            }

            // pkg takes its lock before changing anything, so a run that could not lock it applied nothing: retry. The wait
            // counts from the first refusal, so there is always at least one retry, however long that first run took.
            firstRefusal ??= Stopwatch.GetTimestamp();
            var waited = Stopwatch.GetElapsedTime(firstRefusal.Value);
            var left = _options.LockWait - waited;
            if (left <= TimeSpan.Zero)
            {
                throw new PackageManagerBusyException(string.Create(CultureInfo.InvariantCulture,
                    $"pkg's database stayed locked by another process for {_options.LockWait.TotalSeconds:0.#} s; nothing was changed, try again when the other pkg has finished."));
            }

            progress.Report(new UpgradeProgress(UpgradeStep.WaitingForLock, null, null, string.Create(CultureInfo.InvariantCulture,
                $"Another process (another pkg) holds pkg's database lock; waiting up to {left.TotalSeconds:0} s more.")));
            await Task.Delay(delay < left ? delay : left, CancellationToken.None).ConfigureAwait(false);
            delay = delay * 2 < s_longestRetryDelay ? delay * 2 : s_longestRetryDelay;
        }
    }
}
