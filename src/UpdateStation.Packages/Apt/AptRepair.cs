using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;

namespace UpdateStation.Packages.Apt;

/// <summary>Finishes what an interrupted run left unpacked or half-configured: `dpkg --configure -a`, as apt advises.</summary>
/// <remarks>
/// dpkg runs as apt would run it: the program apt's Dir::Bin::dpkg names, with apt's DPkg::Options (a --root, --log...)
/// and DPkg::Path, read with apt-config. Otherwise the repair would act on another dpkg database than the plan's.
/// </remarks>
internal sealed class AptRepair
{
    private const string Command = "dpkg --configure -a";
    private readonly string _dpkg;
    private readonly IReadOnlyList<string> _options;
    private readonly IReadOnlyDictionary<string, string?> _variables;

    private AptRepair(string dpkg, IReadOnlyList<string> options, IReadOnlyDictionary<string, string?> variables)
    {
        _dpkg = dpkg;
        _options = options;
        _variables = variables;
    }

    /// <summary>Reads how apt runs dpkg.</summary>
    /// <exception cref="BackendException">apt-config failed.</exception>
    public static async Task<AptRepair> PrepareAsync(string aptConfig, IReadOnlyDictionary<string, string?> variables, CancellationToken cancellationToken)
    {
        var result = await ProcessRunner.RunAsync(
            aptConfig, ["dump", "--no-empty", "--format", "%f=%v%n", "Dir::Bin::dpkg", "DPkg::Options", "DPkg::Path"], variables, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new PackageManagerFailedException("apt-config dump", result.ExitCode, AptMessages.OneLine(result.Detail) + ".");
        }

        var dpkg = "dpkg";
        string? path = null;
        var options = new List<string>();
        foreach (var line in result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = line.IndexOf('=', StringComparison.Ordinal) is var at and > 0 ? (line[..at], line[(at + 1)..]) : (line, "");
            if (key.Equals("Dir::Bin::dpkg", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
            {
                dpkg = value;
            }
            else if (key.Equals("DPkg::Options::", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
            {
                options.Add(value);
            }
            else if (key.Equals("DPkg::Path", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
            {
                path = value;
            }
        }

        var childVariables = new Dictionary<string, string?>(variables, StringComparer.Ordinal) { ["DEBIAN_FRONTEND"] = "noninteractive" };
        if (path is not null)
        {
            childVariables["PATH"] = path;
        }

        return new AptRepair(dpkg, options, childVariables);
    }

    /// <summary>Runs the repair detached, reporting each package it configures; <paramref name="count"/> is how many the plan names.</summary>
    /// <exception cref="BackendException">dpkg failed or its lock is held.</exception>
    public async Task RunAsync(RunLog log, int count, IProgress<UpgradeProgress> progress)
    {
        var done = 0;
        string? error = null;
        void OnLine(string line)
        {
            // dpkg's --status-fd lines: "processing: configure: NAME", "status: NAME: error: TEXT".
            if (line.StartsWith("processing: configure: ", StringComparison.Ordinal))
            {
                var name = line["processing: configure: ".Length..];
                progress.Report(new UpgradeProgress(UpgradeStep.Configure, name, Math.Min(100.0, 100.0 * done++ / Math.Max(count, 1)),
                    $"Finishing the configuration of {name}"));
            }
            else if (error is null && line.StartsWith("status: ", StringComparison.Ordinal) && line.Contains(": error: ", StringComparison.Ordinal))
            {
                error = line["status: ".Length..];
            }
            else if (error is null && line.StartsWith("dpkg: error", StringComparison.Ordinal))
            {
                error = line;
            }
        }

        string[] arguments = [.. _options, "--force-confdef", "--force-confold", "--status-fd", "2", "--configure", "-a"];
        var result = await DetachedRunner.RunAsync(log, _dpkg, arguments, _variables, OnLine).ConfigureAwait(false);
        if (result.ExitCode == 0)
        {
            return;
        }

        var detail = AptMessages.OneLine(error ?? result.Detail);
        if (detail.Contains("lock", StringComparison.Ordinal) && detail.Contains("locked by another process", StringComparison.Ordinal))
        {
            throw new PackageManagerBusyException($"The package manager is busy: {detail}; try again when it has finished. See the log {log.Path}.");
        }

        throw new PackageManagerFailedException(Command, result.ExitCode, $"{detail}. See the log {log.Path}.");
    }
}
