using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;
using UpdateStation.Posix;

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
        var simulating = SimulateLeavingOutAsync(environment, cancellationToken);
        using var stopSideLookups = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sizes = MeasureSizesAsync(environment, simulating, stopSideLookups.Token);
        var lists = FindListsDirectoryAsync(environment, stopSideLookups.Token);
        Task<IReadOnlyList<PackageChange>>? details = null;
        try
        {
            var (simulation, _, ignored) = await simulating.ConfigureAwait(false);
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
                CatalogueUpdatedAt: AptCatalogue.UpdatedAt(listsDirectory)) { Ignored = ignored };
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

    /// <remarks>Beside the simulation when there is no ignore list; with one, after it, with its pins.</remarks>
    private async Task<ProcessResult?> MeasureSizesAsync(AptEnvironment environment, Task<(AptSimulation, IReadOnlyList<string> Pins, IReadOnlyList<IgnoredChange>)> simulating, CancellationToken cancellationToken)
    {
        if (!_options.MeasureSizes)
        {
            return null;
        }

        IReadOnlyList<string> pins = _options.Ignore.Count == 0 ? [] : (await simulating.ConfigureAwait(false)).Pins;
        return await RunAptGetAsync(environment, [.. pins, "--print-uris", "-o", "Debug::NoLocking=true", "dist-upgrade"], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// apt's plan less what the ignore list names: the whole plan first; only when a rule names one of its changes, the
    /// pins (<see cref="AptPins"/>) and a second simulation with them. Returns the plan, the pins' options and what they leave out.
    /// </summary>
    private async Task<(AptSimulation Simulation, IReadOnlyList<string> Pins, IReadOnlyList<IgnoredChange> Ignored)> SimulateLeavingOutAsync(
        AptEnvironment environment, CancellationToken cancellationToken)
    {
        var whole = await SimulateAsync(environment, [], cancellationToken).ConfigureAwait(false);
        var ignored = IgnoredChange.Select(whole.Changes, _options.Ignore);
        if (ignored.Count == 0)
        {
            return (whole, [], []);
        }

        var pins = await PinsAsync(environment, ignored, cancellationToken).ConfigureAwait(false);
        return (await SimulateAsync(environment, pins, cancellationToken).ConfigureAwait(false), pins, ignored);
    }

    /// <summary>The options that make apt leave <paramref name="ignored"/> out, the pins written where this caller may (see <see cref="AptPins"/>).</summary>
    private async Task<IReadOnlyList<string>> PinsAsync(AptEnvironment environment, IReadOnlyList<IgnoredChange> ignored, CancellationToken cancellationToken)
    {
        if (ignored.Count == 0)
        {
            return [];
        }

        var directory = environment.CacheDirectory ?? _options.PreferencesDirectory ?? RootsOwnDirectory();
        await ThrowIfUntrustedAsync(environment, cancellationToken).ConfigureAwait(false);
        return await AptPins.OptionsAsync(_options.AptConfig, environment.Variables, directory, ignored, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A root user's check (not the helper's): root's own cache directory, as a user's private one would be.</summary>
    private string RootsOwnDirectory()
    {
        var directory = _options.CacheDirectory ?? AptCacheLocation.Resolve(
            Environment.GetEnvironmentVariable("XDG_CACHE_HOME"), Environment.GetEnvironmentVariable("HOME"), () => UserAccount.Find(Identity.EffectiveUserId));
        try
        {
            PrivateTree.Prepare(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PosixException)
        {
            throw new BackendException($"Cannot create the private apt directory '{directory}': {ErrnoText.Describe(ex)}.", ex);
        }

        return directory;
    }

    private async Task<AptSimulation> SimulateAsync(AptEnvironment environment, IReadOnlyList<string> pins, CancellationToken cancellationToken)
    {
        var result = await RunAptGetAsync(environment, [.. pins, "-s", "-V", "-o", "Debug::NoLocking=true", "dist-upgrade"], cancellationToken)
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
