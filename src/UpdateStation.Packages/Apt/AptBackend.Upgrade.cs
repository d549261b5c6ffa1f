using System.Globalization;
using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Apt;

public sealed partial class AptBackend
{
    private const string UpgradeCommand = "apt-get dist-upgrade";

    public async Task<UpgradeResult> UpgradeAsync(IProgress<UpgradeProgress> progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var environment = AptEnvironment.Create(_options);
        if (!environment.IsRoot)
        {
            throw new RootRequiredException("Installing updates needs root; run: sudo update-station upgrade.");
        }

        var restart = new DebianRestartDetector(_options.RunDirectory);
        var plan = await PlanAsync(environment, refreshed: false, cancellationToken).ConfigureAwait(false);
        if (plan.IsUpToDate)
        {
            progress.Report(new UpgradeProgress(UpgradeStep.Done, null, 100, "Nothing to upgrade."));
            return new UpgradeResult([], restart.Detect());
        }

        var output = new AptUpgradeOutput(progress);
        var lockSeconds = ((int)Math.Ceiling(_options.LockTimeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        string[] arguments =
        [
            "-y",
            // .NET's Process cannot hand a child an extra descriptor, so the status goes to stderr: apt's stdout is a
            // buffered stream that can flush half a line, while status lines are single write(2)s and stderr carries
            // little else (E:/W: lines, dpkg's errors). AptUpgradeOutput tells the two apart by the "pmstatus:" shapes.
            "-o", "APT::Status-Fd=2",
            // apt >= 1.9 waits for the dpkg frontend lock itself, printing who holds it.
            "-o", $"DPkg::Lock::Timeout={lockSeconds}",
            "-o", "Dpkg::Use-Pty=0",
            // Keep locally changed configuration files and take the maintainer's default otherwise: never a prompt.
            "-o", "Dpkg::Options::=--force-confdef",
            "-o", "Dpkg::Options::=--force-confold",
            "dist-upgrade",
        ];
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["DEBIAN_FRONTEND"] = "noninteractive",
            ["APT_LISTCHANGES_FRONTEND"] = "none",
        };
        var result = await RunAptGetAsync(environment, arguments, cancellationToken, variables, output.OnLine).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw output.ToException(UpgradeCommand, result.ExitCode, _options.LockTimeout);
        }

        progress.Report(new UpgradeProgress(UpgradeStep.Done, null, 100, $"{plan.Updates.Count} changes applied."));
        return new UpgradeResult(plan.Updates, restart.Detect());
    }
}
