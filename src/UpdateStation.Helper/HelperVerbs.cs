using UpdateStation.Helper.Settings;
using UpdateStation.Packages;
using UpdateStation.Packages.Json;
using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;
using UpdateStation.Posix;
using UpdateStation.Upgrade.BootEnvironments;
using UpdateStation.Upgrade.Elevation;
using UpdateStation.Upgrade.Events;

namespace UpdateStation.Helper;

/// <summary>What each verb does, once the caller is known to be root and the settings are trusted.</summary>
internal static class HelperVerbs
{
    /// <summary>Refreshes the system catalogue and ends with the new plan (`done` with its fingerprint and the plan).</summary>
    public static async Task<int> RefreshAsync(IPackageBackend backend, EventWriter events, HelperSettings settings)
    {
        var record = RunLog.ForHelper(settings.LogPath);
        record.Write("refresh started");
        events.Write(UpgradeEvent.ForStep(UpgradeEventNames.StepRefresh));
        var plan = await backend.CheckAsync(refresh: true).ConfigureAwait(false);
        var fingerprint = PlanFingerprint.Of(plan);
        record.Write($"refresh done: plan {fingerprint}, {plan.Updates.Count} changes");
        events.Write(new UpgradeEvent(UpgradeEventNames.EventDone) { RestartNeeded = false, Fingerprint = fingerprint, Plan = PlanJson.From(plan) });
        return HelperExitCodes.Done;
    }

    public static async Task<int> UpgradeAsync(IPackageBackend backend, EventWriter events, HelperSettings settings, HelperArguments arguments)
    {
        var record = RunLog.ForHelper(settings.LogPath);
        using var guard = Guard(record);
        return await ApplyAsync(backend, events, settings, arguments.Plan!, arguments.BootEnvironment, record, guard, busyLockHeld: false).ConfigureAwait(false);
    }

    /// <summary>Stop signals: a clean stop until packages change, then each one refused in <paramref name="record"/>.</summary>
    public static StoppableRun Guard(RunLog record) => new(signal =>
        record.Write($"{signal} refused: packages are being changed, and stopping now would leave them half-configured; the upgrade runs to its end"));

    /// <summary>Applies the plan <paramref name="fingerprint"/> names, as every caller's upgrade does: stop signals refused
    /// once packages change, a boot environment where settings allow, the shutdown inhibitor, the busy lock.</summary>
    /// <param name="guard">The caller's <see cref="Guard"/>, registered before its own work (an automatic run refreshes first).</param>
    /// <param name="busyLockHeld">The caller holds the busy lock already (an automatic run takes it before it plans).</param>
    public static async Task<int> ApplyAsync(
        IPackageBackend backend, EventWriter events, HelperSettings settings, string fingerprint, bool bootEnvironment, RunLog record, StoppableRun guard, bool busyLockHeld)
    {
        var bootEnvironments = settings.BootEnvironments && bootEnvironment ? new BootEnvironmentManager(settings.BootEnvironmentsKeep) : null;
        using var inhibitor = await ShutdownInhibitor.TryTakeAsync(record).ConfigureAwait(false);
        var upgrade = new PlannedUpgrade(backend, events, settings.LogPath, settings.LockDirectory, bootEnvironments)
        {
            PlanHook = Environment.ProcessPath,
            CacheDirectory = await PackageCache.DirectoryAsync(backend.Name).ConfigureAwait(false),
        };
        return await upgrade.RunAsync(fingerprint, guard, busyLockHeld).ConfigureAwait(false);
    }

    /// <summary>Restarts the machine, only when the system itself says a restart is needed.</summary>
    public static async Task<int> RebootAsync(EventWriter events, HelperSettings settings)
    {
        var record = RunLog.ForHelper(settings.LogPath);
        var reason = await RestartCheck.ReasonAsync().ConfigureAwait(false);
        if (reason is null)
        {
            record.Write("reboot refused: the system does not need a restart");
            events.Write(UpgradeEvent.ForError(UpgradeEventNames.Failed, $"The system does not need a restart, so none was made. The log is {settings.LogPath}.", settings.LogPath));
            return HelperExitCodes.Failed;
        }

        record.Write($"reboot: {reason}");
        events.Write(UpgradeEvent.ForStep(UpgradeEventNames.StepReboot));
        var result = await ProcessRunner.RunAsync("shutdown", ["-r", "now"], timeout: TimeSpan.FromMinutes(1)).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new PackageManagerFailedException("shutdown -r now", result.ExitCode, result.Detail);
        }

        events.Write(new UpgradeEvent(UpgradeEventNames.EventDone) { RestartNeeded = true });
        return HelperExitCodes.Done;
    }
}
