using UpdateStation.Packages;
using UpdateStation.Packages.Json;
using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;
using UpdateStation.Posix;
using UpdateStation.Upgrade.BootEnvironments;
using UpdateStation.Upgrade.Events;

namespace UpdateStation.Upgrade;

/// <summary>
/// Applies exactly the plan the user saw: refresh, re-plan, compare fingerprints, make a boot environment, upgrade,
/// prune; every outcome an event and a line in the run log.
/// </summary>
/// <remarks>
/// Nothing changes unless the fresh plan has the fingerprint the caller names (else `plan-changed`, carrying the new
/// plan). The backend then applies the catalogue it was compared against, with no refresh of its own.
/// </remarks>
/// <param name="lockDirectory">Where the lock that says "an upgrade runs" lives (<see cref="BusyLock"/>).</param>
public sealed partial class PlannedUpgrade(IPackageBackend backend, EventWriter events, string logPath, string lockDirectory, BootEnvironmentManager? bootEnvironments)
{
    private readonly RunLog _record = RunLog.ForHelper(logPath);

    /// <summary>
    /// apt: the executable apt runs just before dpkg to refuse a run whose plan is not the one compared (see
    /// Packages' AptPlanHook); the root helper names itself. Null: the backend's own comparison just before it runs.
    /// </summary>
    public string? PlanHook { get; init; }

    /// <summary>Where the package manager keeps what it downloads; the download must fit there (<see cref="RoomCheck"/>). Null: not checked.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Runs the upgrade; returns the exit status (<see cref="HelperExitCodes"/>).</summary>
    /// <remarks>
    /// The busy lock (<see cref="BusyLock"/>, root's alone) is held from the first step to the last, so a second run is
    /// busy at once, never planned against packages the first is changing; so is a run while another program holds the
    /// package manager's lock. Nobody's lock on the run log (which anyone may read) counts.
    /// </remarks>
    /// <param name="busyLockHeld">The caller holds the busy lock already (an automatic run takes it before it plans).</param>
    public async Task<int> RunAsync(string fingerprint, StoppableRun guard, bool busyLockHeld = false)
    {
        ArgumentNullException.ThrowIfNull(guard);
        _record.Write($"upgrade --plan {fingerprint} started");
        try
        {
            using var busy = busyLockHeld ? null : BusyLock.TryAcquire(lockDirectory);
            if (busy is null && !busyLockHeld)
            {
                return Fail(UpgradeEventNames.Busy, $"Another upgrade is running (it holds {BusyLock.PathIn(lockDirectory)}); try again when it has finished.", HelperExitCodes.Busy);
            }

            using var log = RunLog.Open(logPath);
            return await RunHoldingLogAsync(fingerprint, guard, log).ConfigureAwait(false);
        }
        catch (BootEnvironmentException ex)
        {
            return Fail(UpgradeEventNames.BootEnvironment, ex.Message, HelperExitCodes.NoBootEnvironment);
        }
        catch (PackageManagerBusyException ex)
        {
            return Fail(UpgradeEventNames.Busy, ex.Message, HelperExitCodes.Busy);
        }
        catch (PlanChangedException ex)
        {
            return PlanChanged(fingerprint, ex.Current, ex.Applied);
        }
        catch (OperationCanceledException) when (guard.StoppedBy is { } signal)
        {
            return Fail(UpgradeEventNames.Cancelled, $"The upgrade was stopped by {signal} before any package changed; nothing was changed.", HelperExitCodes.Failed);
        }
        catch (BackendException ex)
        {
            return Fail(UpgradeEventNames.Failed, ex.Message, HelperExitCodes.Failed);
        }
    }

    private async Task<int> RunHoldingLogAsync(string fingerprint, StoppableRun guard, RunLog log)
    {
        if (await backend.ChangesInProgressAsync(guard.Token).ConfigureAwait(false) is { } other)
        {
            return Fail(UpgradeEventNames.Busy, $"Another upgrade is running: {other}; try again when it has finished.", HelperExitCodes.Busy);
        }

        events.Write(UpgradeEvent.ForStep(UpgradeEventNames.StepRefresh));
        var plan = await backend.CheckAsync(refresh: true, guard.Token).ConfigureAwait(false);
        var fresh = PlanFingerprint.Of(plan);
        // ", N security" was added later: the history reads plan lines with or without it (RunHistoryParser).
        _record.Write($"plan {fresh}: {plan.Updates.Count} changes, {plan.Updates.Count(u => u.Security)} security");
        foreach (var change in plan.Updates)
        {
            _record.Write($"  {ActionNames.Of(change.Action)} {change.Name} {change.CurrentVersion ?? "-"} -> {change.NewVersion ?? "-"}");
        }

        if (fresh != fingerprint)
        {
            return PlanChanged(fingerprint, plan);
        }

        if (plan.IsUpToDate)
        {
            return Done(plan, restartNeeded: false, null);
        }

        if (RoomCheck.Problem(plan, CacheDirectory) is { } noRoom)
        {
            return Fail(UpgradeEventNames.Failed, noRoom, HelperExitCodes.Failed);
        }

        var bootEnvironment = await MakeBootEnvironmentAsync(guard.Token).ConfigureAwait(false);
        var request = new UpgradeRequest(logPath) { BeginChanges = guard.BeginChanges, Plan = plan, Log = log, PlanHook = PlanHook };
        var result = await UpgradeFollowingLogAsync(request, guard).ConfigureAwait(false);
        if (bootEnvironment is not null && bootEnvironments is not null)
        {
            var pruned = await bootEnvironments.PruneAsync(CancellationToken.None).ConfigureAwait(false);
            _record.Write(pruned.Count == 0 ? "no boot environment pruned" : $"pruned boot environments: {string.Join(", ", pruned)}");
        }

        return Done(plan, result.Restart.Required, bootEnvironment);
    }

    private int PlanChanged(string fingerprint, UpdatePlan current, IReadOnlyList<PackageChange>? applied = null)
    {
        _record.Write($"the plan changed since {fingerprint} (now {PlanFingerprint.Of(current)}); nothing more was changed");
        var message = applied is { Count: > 0 }
            ? $"{string.Join(", ", applied.Select(a => a.Name))} upgraded itself first; then the other updates had changed since they were shown, so nothing more was changed. Review them and try again."
            : "The updates changed since they were shown; nothing was changed. Review them and try again.";
        events.Write(UpgradeEvent.ForError(
            UpgradeEventNames.PlanChanged,
            message,
            logPath,
            PlanJson.From(current)));
        return HelperExitCodes.PlanChanged;
    }

    private async Task<string?> MakeBootEnvironmentAsync(CancellationToken cancellationToken)
    {
        if (bootEnvironments is null || !await BootEnvironmentManager.IsAvailableAsync(cancellationToken).ConfigureAwait(false))
        {
            _record.Write(bootEnvironments is null ? "no boot environment: turned off" : "no boot environment: not supported here");
            return null;
        }

        events.Write(UpgradeEvent.ForStep(UpgradeEventNames.StepBootEnvironment));
        var name = await BootEnvironmentManager.CreateAsync(DateTime.Now, cancellationToken).ConfigureAwait(false);
        _record.Write($"boot environment {name} made");
        return name;
    }

    private int Done(UpdatePlan plan, bool restartNeeded, string? bootEnvironment)
    {
        var fingerprint = PlanFingerprint.Of(plan);
        _record.Write($"done: {plan.Updates.Count} changes applied{(restartNeeded ? "; a restart is needed" : "")}");
        events.Write(new UpgradeEvent(UpgradeEventNames.EventDone) { RestartNeeded = restartNeeded, BootEnvironment = bootEnvironment, Fingerprint = fingerprint });
        return HelperExitCodes.Done;
    }

    private int Fail(string code, string message, int exitCode)
    {
        _record.Write($"failed ({code}): {message}");
        // The backends' messages name the log already ("See the log PATH."): said once is enough.
        var said = message.Contains(logPath, StringComparison.Ordinal) ? message : $"{message.TrimEnd('.')}. The log is {logPath}.";
        events.Write(UpgradeEvent.ForError(code, said, logPath));
        return exitCode;
    }
}
