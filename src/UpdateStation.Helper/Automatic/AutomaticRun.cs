using UpdateStation.Posix;
using UpdateStation.Packages.Processes;
using UpdateStation.Helper.Settings;
using UpdateStation.Packages;
using UpdateStation.Packages.Model;
using UpdateStation.Settings;
using UpdateStation.Upgrade.BootEnvironments;
using UpdateStation.Upgrade.Events;
using UpdateStation.Upgrade.History;

namespace UpdateStation.Helper.Automatic;

/// <summary>
/// `update-station-helper automatic`: an unattended run that the system's scheduler starts (a systemd timer, periodic(8)).
/// Nobody is there: it never prompts, says what it did in the run log and on stderr (the journal, periodic's mail), and
/// exits 0 when it only waits (off, outside every window, on battery, on a metered connection).
/// </summary>
/// <remarks>
/// Order: the policy (off: done at once); the busy lock, held to the end (another run: busy, exit 4); the window and the
/// last run (wait, run or catch up; a run the log leaves interrupted is finished at once); mains power and metering; the stamp (so a failing run is not retried in the same
/// window); the plan, less what the policy leaves out (<see cref="AutomaticSelection"/>, apt through <see cref="AptPins"/>);
/// then the very path of an upgrade a person asks for (<see cref="PlannedUpgrade"/>: boot environment, inhibitor,
/// fingerprint, run log), a restart when the policy allows one.
/// </remarks>
internal sealed class AutomaticRun(IPackageBackend backend, EventWriter events, HelperSettings settings)
{
    private readonly RunLog _record = RunLog.ForHelper(settings.LogPath);

    /// <summary>A stop signal (systemd stopping the unit, a person's kill) ends the run cleanly until packages change, and is refused from then on.</summary>
    public async Task<int> RunAsync(DateTime now)
    {
        using var guard = HelperVerbs.Guard(_record);
        try
        {
            return await RunAsync(now, guard).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (guard.StoppedBy is { } signal)
        {
            var stopped = $"stopped by {signal} before any package changed; nothing was changed";
            _record.Write($"automatic: failed: {stopped}");
            events.Write(UpgradeEvent.ForError(UpgradeEventNames.Cancelled, $"The automatic run was {stopped}. The log is {settings.LogPath}.", settings.LogPath));
            Say(stopped);
            return HelperExitCodes.Failed;
        }
    }

    private async Task<int> RunAsync(DateTime now, StoppableRun guard)
    {
        var policy = settings.AutomaticPolicy;
        if (policy.Updates == AutomaticUpdates.None)
        {
            return Wait("automatic updates are off (set [automatic] updates = \"security\" or \"all\" in the system settings file)", log: false);
        }

        using var busy = BusyLock.TryAcquire(settings.LockDirectory);
        if (busy is null)
        {
            Say($"another run is changing packages (it holds {BusyLock.PathIn(settings.LockDirectory)}); this one stops");
            return HelperExitCodes.Busy;
        }

        var state = StateDirectory.Open(settings.StateDirectory);
        // This run holds the busy lock, so a run the log leaves open is not running: it was killed (a power loss). What
        // it left half-configured is finished now, in or out of a window: a half-applied system must not wait a week.
        var interrupted = RunLogFile.Read(settings.LogPath, out _) is [.., { Result: PastRunResult.Unfinished } open] ? open : null;
        var decision = AutomaticSchedule.Decide(policy.Windows, now, state.LastRun());
        if (decision.Verdict == ScheduleVerdict.Wait && interrupted is null)
        {
            var next = decision.NextOpening is { } at ? $"; the next opens {at:yyyy-MM-dd HH:mm}" : "";
            return Wait($"outside every maintenance window, or already run in this one{next}", log: false);
        }

        if (!policy.OnBattery && await PowerSupply.OnBatteryAsync(guard.Token).ConfigureAwait(false) == true)
        {
            return Wait("the machine runs on its battery (on-battery = false); the run waits for mains power", log: true);
        }

        if (!policy.OnMetered)
        {
            var (metered, unknown) = await NetworkMetering.AskAsync().ConfigureAwait(false);
            if (metered == true)
            {
                return Wait("the connection is metered (on-metered = false); the run waits for another", log: true);
            }

            if (unknown is not null)
            {
                _record.Write($"automatic: metering not known ({unknown}); the run goes ahead");
            }
        }

        state.StampRun(DateTimeOffset.Now);
        if (interrupted is not null)
        {
            _record.Write($"automatic: the run started at {interrupted.Started:yyyy-MM-dd HH:mm:ss} has no end in the log: it was interrupted (a power loss, or the helper was killed); whatever it left half-configured is finished first");
        }

        var why = decision.Verdict switch
        {
            ScheduleVerdict.Wait => "finishing an interrupted run",
            ScheduleVerdict.CatchUp => "catching up a missed window",
            _ => "in its window",
        };
        _record.Write($"automatic run started ({why}): updates = {policy.Updates.ToString().ToLowerInvariant()}");
        return await ApplyAsync(policy, state, guard).ConfigureAwait(false);
    }

    private async Task<int> ApplyAsync(AutomaticPolicy policy, StateDirectory state, StoppableRun guard)
    {
        events.Write(UpgradeEvent.ForStep(UpgradeEventNames.StepRefresh));
        var plan = await backend.CheckAsync(refresh: true, guard.Token).ConfigureAwait(false);
        var leftOut = AutomaticSelection.LeftOut(plan, policy.Updates, settings.Ignore);
        foreach (var left in leftOut)
        {
            _record.Write($"automatic: left out {left.Change.Name} {left.Change.NewVersion ?? "-"} ({left.Why})");
        }

        if (leftOut.Count > 0 && leftOut.Count < plan.Updates.Count)
        {
            if (plan.Backend != "apt")
            {
                // pkg upgrades all or nothing; locking packages would change the system for longer than the run.
                var why = $"{plan.Backend} cannot apply a part of its plan; {leftOut.Count} of {plan.Updates.Count} changes are left out, so nothing is applied";
                _record.Write($"automatic: done: {why}"); // The run's end: without it the history shows it unfinished.
                Say(why);
                return HelperExitCodes.Done;
            }

            await AptPins.ApplyAsync(state, leftOut, guard.Token).ConfigureAwait(false);
            plan = await backend.CheckAsync(refresh: false, guard.Token).ConfigureAwait(false);
        }
        else if (leftOut.Count == plan.Updates.Count)
        {
            plan = plan with { Updates = [] };
        }

        if (AutomaticSelection.Refusal(plan, policy.Updates, settings.Ignore) is { } refusal)
        {
            _record.Write($"automatic: failed: {refusal}; nothing was changed");
            events.Write(UpgradeEvent.ForError(UpgradeEventNames.Failed, $"Nothing was changed: {refusal}. The log is {settings.LogPath}.", settings.LogPath));
            Say($"nothing was changed: {refusal}");
            return HelperExitCodes.Failed;
        }

        if (plan.IsUpToDate)
        {
            _record.Write("automatic: done: nothing to install");
            events.Write(new UpgradeEvent(UpgradeEventNames.EventDone) { RestartNeeded = false, Fingerprint = PlanFingerprint.Of(plan) });
            Say("nothing to install");
            return HelperExitCodes.Done;
        }

        if (RoomCheck.Problem(plan, await PackageCache.DirectoryAsync(plan.Backend).ConfigureAwait(false)) is { } noRoom)
        {
            // Checked here as well as in the upgrade, so that the journal (stderr) says how much is missing too.
            _record.Write($"automatic: failed: {noRoom}");
            events.Write(UpgradeEvent.ForError(UpgradeEventNames.Failed, $"{noRoom} The log is {settings.LogPath}.", settings.LogPath));
            Say(noRoom.TrimEnd('.'));
            return HelperExitCodes.Failed;
        }

        var result = await UpgradeAsync(PlanFingerprint.Of(plan), guard).ConfigureAwait(false);
        Say(result == HelperExitCodes.Done ? $"{Count(plan)} installed" : $"the run failed (exit {result}); see {settings.LogPath}");
        return result == HelperExitCodes.Done && policy.Reboot ? await AutomaticReboot.TryAsync(policy, _record).ConfigureAwait(false) : result;
    }

    private Task<int> UpgradeAsync(string fingerprint, StoppableRun guard) =>
        HelperVerbs.ApplyAsync(backend, events, settings, fingerprint, bootEnvironment: true, _record, guard, busyLockHeld: true);

    private static string Count(UpdatePlan plan)
    {
        var security = plan.Updates.Count(u => u.Security);
        return security == plan.Updates.Count ? $"{security} security updates" : $"{plan.Updates.Count} updates ({security} security)";
    }

    private int Wait(string why, bool log)
    {
        if (log)
        {
            _record.Write($"automatic: {why}");
        }

        Say(why);
        return HelperExitCodes.Done;
    }

    private static void Say(string line)
    {
        try
        {
            Console.Error.WriteLine($"update-station-helper automatic: {line}.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The run log has it (a closed stderr is EBADF, reported as UnauthorizedAccessException).
        }
    }
}
