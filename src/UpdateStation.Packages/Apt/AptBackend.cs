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

    private Task<ProcessResult> RunAptGetAsync(
        AptEnvironment environment,
        IReadOnlyList<string> arguments,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? extraVariables = null)
    {
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

        return ProcessRunner.RunAsync(_options.AptGet, arguments, variables, _options.StepTimeout, cancellationToken);
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
