using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;

namespace UpdateStation.Packages.Pkg;

/// <summary>FreeBSD's pkg: plans with `pkg upgrade -n`, applies with `pkg upgrade -y -U`.</summary>
/// <remarks>
/// Root refreshes the system's catalogue (`pkg update`); a user refreshes a private one (<see cref="PkgPrivateCatalogue"/>),
/// so a check without root is as fresh as root's. The plan says how old the catalogue is. Only root upgrades.
/// </remarks>
public sealed partial class PkgBackend : IPackageBackend
{
    private const string Pkg = "pkg";
    private readonly PkgBackendOptions _options;

    public PkgBackend()
        : this(new PkgBackendOptions())
    {
    }

    // For tests.
    internal PkgBackend(PkgBackendOptions options) => _options = options;

    public string Name => "pkg";

    /// <summary>The longest one step of a check may run (for tests).</summary>
    internal TimeSpan StepTimeout => _options.StepTimeout;

    private bool IsRoot => _options.IsRoot ?? Posix.Identity.IsRoot;

    public async Task<UpdatePlan> CheckAsync(bool refresh, CancellationToken cancellationToken = default)
    {
        var catalogue = await PrepareCatalogueAsync(refresh, cancellationToken).ConfigureAwait(false);

        // pkg would refresh the catalogue itself before planning (REPO_AUTOUPDATE): the refresh is ours to decide.
        var environment = new Dictionary<string, string?>(catalogue.Environment ?? new Dictionary<string, string?>())
        {
            ["REPO_AUTOUPDATE"] = "no",
        };
        var dryRun = await RunAsync(["upgrade", "-n"], environment, cancellationToken).ConfigureAwait(false);
        ThrowIfLocked(dryRun);
        var text = dryRun.StandardOutput + "\n" + dryRun.StandardError;

        // pkg before 2.4 exited 1 whenever there was a plan; any other failure is one.
        var plan = dryRun.ExitCode switch
        {
            0 => PkgOutputParser.Parse(text),
            1 when TryParse(text) is { Updates.Count: > 0 } planned => planned,
            _ => throw new PackageManagerFailedException("pkg upgrade -n", dryRun.ExitCode, dryRun.Detail),
        };

        var details = AddDetailsAsync(plan.Updates, environment, cancellationToken);
        var updates = await MarkSecurityFixesAsync(await details.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return LeaveOut(new UpdatePlan(
            Name,
            DateTimeOffset.UtcNow,
            updates,
            plan.Held,
            plan.DownloadBytes,
            plan.DiskChangeBytes,
            plan.SelfUpgradeFirst,
            catalogue.Refreshed,
            catalogue.UpdatedAt), _options.Ignore);
    }

    /// <summary>
    /// <paramref name="plan"/> less what <paramref name="ignore"/> names, which pkg can do only for all of it or none:
    /// `pkg upgrade` applies its whole plan, and a plan of some names (`pkg upgrade -n NAMES`) would need a second apply
    /// path whose dependencies pkg may still pull in, and `pkg lock` would change the system for longer than a run. So
    /// when every change is ignored the plan is up to date with them ignored; when only some are, the check fails with
    /// one line that says what to do.
    /// </summary>
    /// <exception cref="BackendException">The rules leave out part of the plan.</exception>
    internal static UpdatePlan LeaveOut(UpdatePlan plan, IReadOnlyList<Settings.IgnoreRule> ignore)
    {
        var ignored = IgnoredChange.Select(plan.Updates, ignore);
        if (ignored.Count == 0)
        {
            return plan;
        }

        if (ignored.Count < plan.Updates.Count)
        {
            var names = string.Join(", ", ignored.Select(i => $"{i.Change.Name} (rule {i.Rule})"));
            throw new BackendException(
                $"pkg upgrades its whole plan or nothing, and the ignore list leaves out only part of it: {names}; lock the package with 'pkg lock' or remove the rule.");
        }

        return plan with { Updates = [], DownloadBytes = null, DiskChangeBytes = null, SelfUpgradeFirst = false, Ignored = ignored };
    }

    /// <remarks>$PKG_DBDIR/local.sqlite: pkg locks the database itself while it works.</remarks>
    public Task<PackageDatabase?> FindDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var file = Path.Combine(DatabaseDirectory, "local.sqlite");
        return Task.FromResult<PackageDatabase?>(new PackageDatabase(file, file));
    }

    private string DatabaseDirectory
    {
        get
        {
            string? configured = null;
            _options.Environment?.TryGetValue("PKG_DBDIR", out configured);
            configured ??= Environment.GetEnvironmentVariable("PKG_DBDIR");
            return string.IsNullOrEmpty(configured) ? PkgCatalogue.DefaultDatabaseDirectory : configured;
        }
    }

    /// <summary>
    /// Marks upgrades of installed versions that `pkg audit -q` lists as vulnerable as security fixes (unless pkg warns the
    /// new version is vulnerable too). The audit reads the local vulnerability database only; without one it says nothing
    /// and no change is marked.
    /// </summary>
    private async Task<IReadOnlyList<PackageChange>> MarkSecurityFixesAsync(IReadOnlyList<PackageChange> updates, CancellationToken cancellationToken)
    {
        if (!updates.Any(u => u.CurrentVersion is not null && u.Action != ChangeAction.Remove))
        {
            return updates;
        }

        ProcessResult audit;
        try
        {
            audit = await RunAsync(["audit", "-q"], cancellationToken).ConfigureAwait(false);
        }
        catch (BackendException)
        {
            return updates;
        }

        var vulnerable = audit.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        return [.. updates.Select(u => u.Action != ChangeAction.Remove && !u.Vulnerable
            && (vulnerable.Contains($"{u.Name}-{u.CurrentVersion}") || vulnerable.Contains(u.Name))
                ? u with { Security = true }
                : u)];
    }

    private static PkgDryRun? TryParse(string text)
    {
        try
        {
            return PkgOutputParser.Parse(text);
        }
        catch (BackendException)
        {
            return null;
        }
    }

    private Task<ProcessResult> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(arguments, _options.Environment, cancellationToken);

    /// <summary>The root helper's check right before each pkg run (see <see cref="PkgBackendOptions.RootOnlyConfiguration"/>).</summary>
    /// <exception cref="UntrustedConfigurationException">Something pkg would read could be changed by others than root.</exception>
    private Task ThrowIfUntrustedAsync(IReadOnlyDictionary<string, string?>? environment, CancellationToken cancellationToken) =>
        _options.RootOnlyConfiguration
            ? PkgConfigurationTrust.ThrowIfUntrustedAsync(Pkg, _options.Arguments, environment, cancellationToken)
            : Task.CompletedTask;

    private static void ThrowIfLocked(ProcessResult result)
    {
        if ((result.StandardError + result.StandardOutput).Contains(PkgUpgradeMonitor.LockMessage, StringComparison.Ordinal))
        {
            throw new PackageManagerBusyException(
                "pkg's database is locked by another process (probably an upgrade in progress); check again when it has finished.");
        }
    }

    private static void ThrowIfFailed(ProcessResult result, string command)
    {
        ThrowIfLocked(result);
        if (result.ExitCode != 0)
        {
            throw new PackageManagerFailedException(command, result.ExitCode, result.Detail);
        }
    }
}
