using System.Diagnostics;
using System.Globalization;
using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;

namespace UpdateStation.Packages.Pkg;

public sealed partial class PkgBackend
{
    private static readonly TimeSpan s_longestRetryDelay = TimeSpan.FromSeconds(5);

    /// <remarks>pkg's database lock is no file lock: a dry run or an upgrade that meets it says so (<see cref="PackageManagerBusyException"/>).</remarks>
    public Task<string?> ChangesInProgressAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);

    /// <remarks>
    /// `pkg upgrade -y -U` runs detached (<see cref="DetachedRunner"/>), writing into the run log: nothing that happens to this
    /// process stops it midway. The cancellation token counts until <see cref="UpgradeRequest.BeginChanges"/> returns.
    /// -U: pkg does not refresh its catalogue itself, so it applies the plan that was compared with the user's (the caller
    /// refreshes before it plans). When the plan the user saw (<see cref="UpgradeRequest.Plan"/>) upgrades pkg itself, pkg would apply that alone first and then plan the
    /// rest again by itself; here that is two runs instead, `pkg upgrade -y -U pkg` and then, after a new dry run (no refresh)
    /// found the rest of the plan unchanged, `pkg upgrade -y -U`. Otherwise <see cref="PlanChangedException"/> says what the
    /// first step applied.
    /// </remarks>
    public async Task<UpgradeResult> UpgradeAsync(UpgradeRequest request, IProgress<UpgradeProgress> progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        // Without the plan the user saw there is nothing to compare: pkg applies what it decides, in one run.
        var plan = request.Plan is null ? null : await CheckAsync(refresh: false, cancellationToken).ConfigureAwait(false);
        if (request.Plan is { } seen && !PlanChangedException.SameChanges(seen, plan!))
        {
            throw new PlanChangedException(plan!);
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var ownLog = request.Log is null ? RunLog.Open(request.LogPath) : null;
        var log = request.Log ?? ownLog!;
        log.Write("upgrade with pkg");
        request.BeginChangesLogged(log);

        try
        {
            List<PackageChange> applied = [];
            if (plan?.Updates.FirstOrDefault(u => u.Name == Pkg && u.Action == ChangeAction.Upgrade) is not null)
            {
                (plan, applied) = await UpgradeItselfFirstAsync(log, plan, progress).ConfigureAwait(false);
            }

            if (plan is null || plan.Updates.Count > 0)
            {
                applied.AddRange(await UpgradeDetachedAsync(log, progress, []).ConfigureAwait(false));
            }

            log.Write($"upgrade done: {applied.Count} changes applied");
            var restart = await new FreeBsdRestartDetector(_options.Environment).DetectAsync(CancellationToken.None).ConfigureAwait(false);
            progress.Report(new UpgradeProgress(UpgradeStep.Done, null, 100, "The upgrade is complete."));
            return new UpgradeResult(applied, restart);
        }
        catch (BackendException ex) when (ex is not PlanChangedException)
        {
            log.Write($"upgrade failed: {ex.Message}");
            throw;
        }
    }

    /// <summary>Step 1 of 2: pkg upgrades itself alone; then the rest is planned again. Returns that plan and what step 1 applied.</summary>
    /// <exception cref="PlanChangedException">The rest is not what <paramref name="plan"/> said.</exception>
    private async Task<(UpdatePlan Remaining, List<PackageChange> Applied)> UpgradeItselfFirstAsync(
        RunLog log, UpdatePlan plan, IProgress<UpgradeProgress> progress)
    {
        progress.Report(new UpgradeProgress(UpgradeStep.SelfUpgrade, Pkg, null,
            "pkg must upgrade itself first, so the upgrade happens in two steps (step 1 of 2: pkg)."));
        var applied = await UpgradeDetachedAsync(log, new SelfUpgradeProgress(progress), [Pkg]).ConfigureAwait(false);
        var rest = await CheckAsync(refresh: false, CancellationToken.None).ConfigureAwait(false);
        var expected = plan.Updates.Where(u => !applied.Any(a => a.Name == u.Name));
        if (!PlanChangedException.SameChanges(expected, rest.Updates))
        {
            log.Write($"after pkg upgraded itself the rest of the plan changed (now {rest.Updates.Count} changes); nothing more was changed");
            throw new PlanChangedException(rest, applied);
        }

        progress.Report(new UpgradeProgress(UpgradeStep.SelfUpgrade, null, null, "pkg has upgraded itself (step 2 of 2: the other packages)."));
        return (rest, [.. applied]);
    }

    private async Task<IReadOnlyList<PackageChange>> UpgradeDetachedAsync(RunLog log, IProgress<UpgradeProgress> progress, IReadOnlyList<string> packages)
    {
        var monitor = new PkgUpgradeMonitor(progress);
        long? firstRefusal = null;
        var delay = _options.FirstRetryDelay;
        while (true)
        {
            monitor.BeginAttempt();
            await ThrowIfUntrustedAsync(_options.Environment, CancellationToken.None).ConfigureAwait(false);
            var result = await DetachedRunner.RunAsync(log, Pkg, [.. _options.Arguments, "upgrade", "-y", "-U", .. packages], _options.Environment, line => monitor.Observe(line, false))
                .ConfigureAwait(false);
            if (!monitor.LockBusy)
            {
                if (result.ExitCode != 0)
                {
                    throw new PackageManagerFailedException(string.Join(' ', ["pkg upgrade -y -U", .. packages]), result.ExitCode, $"{result.Detail.TrimEnd('.')}. See the log {log.Path}.");
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
                $"Another process (another pkg) holds pkg's database lock; waiting up to {left.TotalSeconds:0} s more."))
            {
                Holder = "pkg",
            });
            await Task.Delay(delay < left ? delay : left, CancellationToken.None).ConfigureAwait(false);
            delay = delay * 2 < s_longestRetryDelay ? delay * 2 : s_longestRetryDelay;
        }
    }
}
