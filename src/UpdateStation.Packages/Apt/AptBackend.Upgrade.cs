using System.Globalization;
using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;

namespace UpdateStation.Packages.Apt;

public sealed partial class AptBackend
{
    private const string UpgradeCommand = "apt-get dist-upgrade";
    private const int StatusDescriptor = 3;

    /// <remarks>
    /// Packages an interrupted run left unpacked or half-configured are finished first, with `dpkg --configure -a` as apt
    /// advises (see <see cref="AptRepair"/>); then `apt-get dist-upgrade` applies the rest. Both run detached
    /// (<see cref="DetachedRunner"/>): nothing that happens to this process stops them midway.
    /// </remarks>
    public async Task<UpgradeResult> UpgradeAsync(UpgradeRequest request, IProgress<UpgradeProgress> progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var environment = AptEnvironment.Create(_options);
        var restart = new DebianRestartDetector(_options.RunDirectory);
        // With the plan hook apt checks its own plan just before dpkg, so the plan the caller compared a moment ago is
        // taken as it is; without it, a simulation now is the last comparison.
        var plan = request is { PlanHook: not null, Plan: { } compared }
            ? compared
            : await PlanAsync(environment, refreshed: false, cancellationToken).ConfigureAwait(false);
        if (request.Plan is { } seen && !ReferenceEquals(seen, plan) && !PlanChangedException.SameChanges(seen, plan))
        {
            throw new PlanChangedException(plan);
        }

        if (plan.IsUpToDate)
        {
            progress.Report(new UpgradeProgress(UpgradeStep.Done, null, 100, "Nothing to upgrade."));
            return new UpgradeResult([], restart.Detect());
        }

        var toConfigure = plan.Updates.Count(u => u.Action == ChangeAction.Configure);
        IReadOnlyList<string> hook = request.PlanHook is { } executable && request.Plan is not null ? AptPlanHook.Options(executable, plan) : [];
        hook = [.. await PinsAsync(environment, plan.Ignored, cancellationToken).ConfigureAwait(false), .. hook];
        if (toConfigure > 0)
        {
            // apt-config dump runs Dir::Bin::dpkg to learn the architectures.
            await ThrowIfUntrustedAsync(environment, cancellationToken).ConfigureAwait(false);
        }

        var repair = toConfigure > 0 ? await AptRepair.PrepareAsync(_options.AptConfig, environment.Variables, cancellationToken).ConfigureAwait(false) : null;
        using var ownLog = request.Log is null ? RunLog.Open(request.LogPath) : null;
        var log = request.Log ?? ownLog!;
        log.Write($"upgrade with apt: {plan.Updates.Count} changes");
        foreach (var change in plan.Updates)
        {
            log.Write($"  {ActionNames.Of(change.Action)} {change.Name} {change.CurrentVersion ?? "-"} -> {change.NewVersion ?? "-"}");
        }

        request.BeginChangesLogged(log);

        try
        {
            if (repair is not null)
            {
                await ThrowIfUntrustedAsync(environment, CancellationToken.None).ConfigureAwait(false);
                await repair.RunAsync(log, toConfigure, progress).ConfigureAwait(false);
            }

            if (toConfigure < plan.Updates.Count)
            {
                if (!await DistUpgradeAsync(environment, log, progress, hook).ConfigureAwait(false))
                {
                    var current = await PlanAsync(environment, refreshed: false, CancellationToken.None).ConfigureAwait(false);
                    log.Write($"apt's plan was not the plan that was shown (now {PlanFingerprint.Of(current)}); nothing was changed");
                    throw new PlanChangedException(current);
                }
            }
        }
        catch (BackendException ex) when (ex is not PlanChangedException)
        {
            log.Write($"upgrade failed: {ex.Message}");
            throw;
        }

        log.Write($"upgrade done: {plan.Updates.Count} changes applied");
        progress.Report(new UpgradeProgress(UpgradeStep.Done, null, 100, $"{plan.Updates.Count} changes applied."));
        return new UpgradeResult(plan.Updates, restart.Detect());
    }

    /// <summary>Runs `apt-get dist-upgrade`; false when the plan hook refused apt's plan (and apt changed nothing).</summary>
    private async Task<bool> DistUpgradeAsync(AptEnvironment environment, RunLog log, IProgress<UpgradeProgress> progress, IReadOnlyList<string> hook)
    {
        var output = new AptUpgradeOutput(progress);
        var refused = false;
        var lockSeconds = ((int)Math.Ceiling(_options.LockTimeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        string[] arguments =
        [
            "-y",
            // Status lines go to descriptor 3, the run log like stdout and stderr: one write(2) per line, told apart from
            // the rest of the output by their "pmstatus:" shapes (AptUpgradeOutput). Not stderr: with Status-Fd=2 apt
            // drops dpkg's stderr, so the log lost dpkg's errors and the maintainer scripts' own words on a failure.
            "-o", $"APT::Status-Fd={StatusDescriptor}",
            // apt >= 1.9 waits for the dpkg frontend lock itself, printing who holds it.
            "-o", $"DPkg::Lock::Timeout={lockSeconds}",
            "-o", "Dpkg::Use-Pty=0",
            // Keep locally changed configuration files and take the maintainer's default otherwise: never a prompt.
            "-o", "Dpkg::Options::=--force-confdef",
            "-o", "Dpkg::Options::=--force-confold",
            .. hook,
            "dist-upgrade",
        ];
        var variables = new Dictionary<string, string?>(environment.Variables, StringComparer.Ordinal)
        {
            ["DEBIAN_FRONTEND"] = "noninteractive",
            ["APT_LISTCHANGES_FRONTEND"] = "none",
        };
        void OnLine(string line)
        {
            refused |= line.StartsWith(AptPlanHook.RefusalPrefix, StringComparison.Ordinal);
            output.OnLine(line, isError: true);
        }

        await ThrowIfUntrustedAsync(environment, CancellationToken.None).ConfigureAwait(false);
        var result = await DetachedRunner.RunAsync(log, _options.AptGet, arguments, variables, OnLine, StatusDescriptor).ConfigureAwait(false);
        if (result.ExitCode != 0 && refused)
        {
            return false;
        }

        if (result.ExitCode != 0)
        {
            throw output.ToException(UpgradeCommand, result.ExitCode, _options.LockTimeout, log.Path);
        }

        return true;
    }
}
