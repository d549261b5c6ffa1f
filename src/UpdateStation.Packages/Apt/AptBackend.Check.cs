using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;

namespace UpdateStation.Packages.Apt;

public sealed partial class AptBackend
{
    public async Task<UpdatePlan> CheckAsync(bool refresh, CancellationToken cancellationToken = default)
    {
        var environment = AptEnvironment.Create(_options);
        using var privateLists = environment.CacheDirectory is { } cache
            ? await AptListsLock.AcquireAsync(cache, _options.PrivateListsLockTimeout, cancellationToken).ConfigureAwait(false)
            : null;
        IReadOnlyList<string> refreshErrors = [];
        if (refresh)
        {
            refreshErrors = await RefreshAsync(environment, cancellationToken).ConfigureAwait(false);
        }
        else if (environment.ListsDirectory is { } listsDirectory && AptCatalogue.UpdatedAt(listsDirectory) is null)
        {
            // A user's private lists start empty: without them apt knows no candidates and would call the system up to date.
            throw new BackendException("There are no package lists for this user yet; run 'update-station check' without --no-refresh once.");
        }

        var plan = await PlanAsync(environment, refresh, cancellationToken).ConfigureAwait(false);
        return refreshErrors.Count == 0 ? plan : plan with { RefreshErrors = refreshErrors };
    }

    /// <summary>Refreshes the lists; returns apt's lines about the sources that could not be refreshed.</summary>
    /// <remarks>
    /// apt-get update keeps every source it could refresh, whatever its exit status, so one dead source (an unreachable
    /// third-party mirror) must not hide the security updates of the others: the plan rests on what is there and carries
    /// the failures. A check that silently rested on stale lists would say "up to date" when it does not know, so a refresh
    /// is an error when every source failed, or when apt failed for a reason that is no source's (see <see cref="AptUpdateReport"/>).
    /// </remarks>
    private async Task<IReadOnlyList<string>> RefreshAsync(AptEnvironment environment, CancellationToken cancellationToken)
    {
        List<string> arguments = ["-q"];
        if (!environment.IsRoot)
        {
            foreach (var (key, value) in await HostProxySettingsAsync(environment, cancellationToken).ConfigureAwait(false))
            {
                arguments.AddRange(["-o", $"{key}={value}"]);
            }
        }

        arguments.Add("update");
        var result = await RunAptGetAsync(environment, arguments, cancellationToken).ConfigureAwait(false);
        var report = AptUpdateReport.Parse(result.StandardOutput + result.StandardError);
        if (result.ExitCode != 0 && (report.OtherError is not null || report.SourceErrors.Count == 0))
        {
            var detail = report.OtherError ?? AptMessages.OneLine(result.Detail);
            throw new PackageManagerFailedException("apt-get update", result.ExitCode, detail + ".");
        }

        if (report.EverySourceFailed)
        {
            throw new BackendException($"Refreshing the package lists failed for every source: {report.SourceErrors[0]}.");
        }

        return report.SourceErrors;
    }

    /// <summary>The proxies the host's apt configuration sets (see <see cref="AptProxySettings"/>); none when it cannot say.</summary>
    private async Task<IReadOnlyList<KeyValuePair<string, string>>> HostProxySettingsAsync(AptEnvironment environment, CancellationToken cancellationToken)
    {
        var result = await ProcessRunner.RunAsync(_options.AptConfig, ["dump", "Acquire"], environment.HostVariables, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return result.ExitCode == 0 ? AptProxySettings.Parse(result.StandardOutput) : [];
    }

    private async Task<UpdatePlan> PlanAsync(AptEnvironment environment, bool refreshed, CancellationToken cancellationToken)
    {
        // apt's own sizes (when asked for, see AptBackendOptions.MeasureSizes) and the lists' age come from side lookups that
        // run while apt simulates; the details of each change (AddDetailsAsync) follow the simulation, beside the held lookup.
        // The simulation starts first: it is the critical path, the side lookups fit in its shadow.
        var checkedAt = DateTimeOffset.UtcNow;
        var simulating = SimulateAsync(environment, cancellationToken);
        using var stopSideLookups = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sizes = MeasureSizesAsync(environment, stopSideLookups.Token);
        var lists = FindListsDirectoryAsync(environment, stopSideLookups.Token);
        Task<IReadOnlyList<PackageChange>>? details = null;
        try
        {
            var simulation = await simulating.ConfigureAwait(false);
            details = AddDetailsAsync(environment, simulation.Changes, stopSideLookups.Token);
            var held = simulation.KeptBack.Count > 0
                ? await FindHeldAsync(environment, simulation.KeptBack, cancellationToken).ConfigureAwait(false)
                : [];
            var changes = await WithoutDetailsOnFailureAsync(details, simulation.Changes).ConfigureAwait(false);
            var sizeResult = await sizes.ConfigureAwait(false);
            var (downloadBytes, diskChangeBytes) = sizeResult is { ExitCode: 0 } ? AptSizeParser.Parse(sizeResult.StandardOutput) : (null, null);
            var (downloadSum, diskChangeSum) = AptPlanDetails.Totals(changes);
            var listsDirectory = await lists.ConfigureAwait(false);
            return new UpdatePlan(
                Name,
                checkedAt,
                changes,
                held,
                downloadBytes ?? downloadSum,
                diskChangeBytes ?? diskChangeSum,
                SelfUpgradeFirst: false,
                CatalogueRefreshed: refreshed,
                CatalogueUpdatedAt: AptCatalogue.UpdatedAt(listsDirectory));
        }
        catch
        {
            await stopSideLookups.CancelAsync().ConfigureAwait(false);
            await IgnoreFailuresAsync(sizes, lists, details ?? Task.CompletedTask).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The changes with details, or as the simulation gave them when the lookup failed (the details only describe the plan).</summary>
    private static async Task<IReadOnlyList<PackageChange>> WithoutDetailsOnFailureAsync(Task<IReadOnlyList<PackageChange>> details, IReadOnlyList<PackageChange> changes)
    {
        try
        {
            return await details.ConfigureAwait(false);
        }
        catch (BackendException)
        {
            return changes;
        }
    }

    private async Task<ProcessResult?> MeasureSizesAsync(AptEnvironment environment, CancellationToken cancellationToken) =>
        _options.MeasureSizes
            ? await RunAptGetAsync(environment, ["--print-uris", "-o", "Debug::NoLocking=true", "dist-upgrade"], cancellationToken).ConfigureAwait(false)
            : null;

    private async Task<AptSimulation> SimulateAsync(AptEnvironment environment, CancellationToken cancellationToken)
    {
        var result = await RunAptGetAsync(environment, ["-s", "-V", "-o", "Debug::NoLocking=true", "dist-upgrade"], cancellationToken)
            .ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            var detail = AptMessages.FirstError(result.StandardOutput + result.StandardError) ?? AptMessages.OneLine(result.Detail);
            throw new PackageManagerFailedException("apt-get -s dist-upgrade", result.ExitCode, detail + ".");
        }

        try
        {
            return AptSimulationParser.Parse(result.StandardOutput);
        }
        catch (FormatException ex)
        {
            throw new BackendException($"Cannot read the output of 'apt-get -s dist-upgrade': {ex.Message}; check that '{_options.AptGet}' is apt's apt-get.", ex);
        }
    }

    /// <summary>The kept-back packages that dpkg marks as held; the rest are kept back for other reasons and simply not offered.</summary>
    private async Task<List<HeldPackage>> FindHeldAsync(AptEnvironment environment, IReadOnlyList<HeldPackage> keptBack, CancellationToken cancellationToken)
    {
        await ThrowIfUntrustedAsync(environment, cancellationToken).ConfigureAwait(false);
        var result = await ProcessRunner.RunAsync(_options.AptMark, ["showhold"], environment.Variables, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new PackageManagerFailedException("apt-mark showhold", result.ExitCode, AptMessages.FirstError(result.StandardError) ?? AptMessages.OneLine(result.Detail) + ".");
        }

        var holds = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        return keptBack.Where(p => holds.Contains(p.Name) || holds.Contains(p.Name.Split(':')[0])).ToList();
    }

    private async Task<string?> FindListsDirectoryAsync(AptEnvironment environment, CancellationToken cancellationToken)
    {
        if (environment.ListsDirectory is not null)
        {
            return environment.ListsDirectory;
        }

        // Told the architectures, apt-config does not run dpkg (twice) to learn them; the lists directory does not depend on them.
        var result = await ProcessRunner.RunAsync(
                _options.AptConfig, ["-o", "APT::Architectures=all", "shell", "LISTS", "Dir::State::lists/d"], environment.Variables, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return result.ExitCode == 0 ? AptCatalogue.ParseShellValue(result.StandardOutput) : null;
    }
}
