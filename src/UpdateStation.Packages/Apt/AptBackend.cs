using UpdateStation.Packages.Processes;

namespace UpdateStation.Packages.Apt;

/// <summary>Debian/Ubuntu's apt: plans with `apt-get -s dist-upgrade`, applies with `apt-get dist-upgrade`.</summary>
/// <remarks>
/// Without root, checks run with a private apt.conf (see <see cref="AptPrivateConfiguration"/>): the system's sources and dpkg
/// status, per-user lists. As root apt runs as configured. A caller's APT_CONFIG is respected either way.
/// </remarks>
public sealed partial class AptBackend : IPackageBackend
{
    private readonly AptBackendOptions _options;

    public AptBackend()
        : this(new AptBackendOptions())
    {
    }

    internal AptBackend(AptBackendOptions options) // For tests.
    {
        _options = options;
    }

    public string Name => "apt";

    /// <summary>The longest one step of a check may run (for tests).</summary>
    internal TimeSpan StepTimeout => _options.StepTimeout;

    /// <summary>The root helper's check right before each apt run (see <see cref="AptBackendOptions.RootOnlyConfiguration"/>).</summary>
    /// <exception cref="UntrustedConfigurationException">Something apt would read could be changed by others than root.</exception>
    private Task ThrowIfUntrustedAsync(AptEnvironment environment, CancellationToken cancellationToken) =>
        _options.RootOnlyConfiguration
            ? AptConfigurationTrust.ThrowIfUntrustedAsync(_options.AptConfig, environment.Variables, cancellationToken)
            : Task.CompletedTask;

    private async Task<ProcessResult> RunAptGetAsync(
        AptEnvironment environment,
        IReadOnlyList<string> arguments,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? extraVariables = null)
    {
        await ThrowIfUntrustedAsync(environment, cancellationToken).ConfigureAwait(false);
        var variables = environment.Variables;
        if (extraVariables is not null)
        {
            var merged = new Dictionary<string, string?>(variables, StringComparer.Ordinal);
            foreach (var (name, value) in extraVariables)
            {
                merged[name] = value;
            }

            variables = merged;
        }

        return await ProcessRunner.RunAsync(_options.AptGet, arguments, variables, _options.StepTimeout, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static async Task IgnoreFailuresAsync(params Task[] tasks)
    {
        foreach (var task in tasks)
        {
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or BackendException)
            {
                // Side lookups of a failed check: their outcome no longer matters.
            }
        }
    }
}
