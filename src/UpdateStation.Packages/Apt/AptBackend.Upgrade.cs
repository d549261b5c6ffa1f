using System.Globalization;
using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;

namespace UpdateStation.Packages.Apt;

public sealed partial class AptBackend
{
    private const string UpgradeCommand = "apt-get dist-upgrade";

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
        var plan = await PlanAsync(environment, refreshed: false, cancellationToken).ConfigureAwait(false);
        if (request.Plan is { } seen && !PlanChangedException.SameChanges(seen, plan))
        {
            throw new PlanChangedException(plan);
        }

        if (plan.IsUpToDate)
        {
            progress.Report(new UpgradeProgress(UpgradeStep.Done, null, 100, "Nothing to upgrade."));
            return new UpgradeResult([], restart.Detect());
        }

        var toConfigure = plan.Updates.Count(u => u.Action == ChangeAction.Configure);
        var repair = toConfigure > 0 ? await AptRepair.PrepareAsync(_options.AptConfig, environment.Variables, cancellationToken).ConfigureAwait(false) : null;
        using var log = RunLog.Open(request.LogPath);
        log.Write($"upgrade with apt: {plan.Updates.Count} changes");
        foreach (var change in plan.Updates)
        {
            log.Write($"  {ActionNames.Of(change.Action)} {change.Name} {change.CurrentVersion ?? "-"} -> {change.NewVersion ?? "-"}");
        }

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
            if (repair is not null)
            {
                await repair.RunAsync(log, toConfigure, progress).ConfigureAwait(false);
            }

            if (toConfigure < plan.Updates.Count)
            {
                await DistUpgradeAsync(environment, log, progress).ConfigureAwait(false);
            }
        }
        catch (BackendException ex)
        {
            log.Write($"upgrade failed: {ex.Message}");
            throw;
        }

        log.Write($"upgrade done: {plan.Updates.Count} changes applied");
        progress.Report(new UpgradeProgress(UpgradeStep.Done, null, 100, $"{plan.Updates.Count} changes applied."));
        return new UpgradeResult(plan.Updates, restart.Detect());
    }

    private async Task DistUpgradeAsync(AptEnvironment environment, RunLog log, IProgress<UpgradeProgress> progress)
    {
        var output = new AptUpgradeOutput(progress);
        var lockSeconds = ((int)Math.Ceiling(_options.LockTimeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        string[] arguments =
        [
            "-y",
            // Status lines go to stderr, which is the run log like stdout: one write(2) per line, told apart from the rest
            // of the output by their "pmstatus:" shapes (AptUpgradeOutput).
            "-o", "APT::Status-Fd=2",
            // apt >= 1.9 waits for the dpkg frontend lock itself, printing who holds it.
            "-o", $"DPkg::Lock::Timeout={lockSeconds}",
            "-o", "Dpkg::Use-Pty=0",
            // Keep locally changed configuration files and take the maintainer's default otherwise: never a prompt.
            "-o", "Dpkg::Options::=--force-confdef",
            "-o", "Dpkg::Options::=--force-confold",
            "dist-upgrade",
        ];
        var variables = new Dictionary<string, string?>(environment.Variables, StringComparer.Ordinal)
        {
            ["DEBIAN_FRONTEND"] = "noninteractive",
            ["APT_LISTCHANGES_FRONTEND"] = "none",
        };
        var result = await DetachedRunner.RunAsync(log, _options.AptGet, arguments, variables, line => output.OnLine(line, isError: true))
            .ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw output.ToException(UpgradeCommand, result.ExitCode, _options.LockTimeout, log.Path);
        }
    }
}
