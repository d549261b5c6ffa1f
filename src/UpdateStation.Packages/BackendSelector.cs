using UpdateStation.Settings;
using UpdateStation.Packages.Apt;
using UpdateStation.Packages.Pkg;

namespace UpdateStation.Packages;

/// <summary>Chooses the package backend: the one named, else pkg on FreeBSD and apt where apt-get exists.</summary>
public static class BackendSelector
{
    /// <summary>The variable that names a backend when no --backend option does (tests and administrators use it).</summary>
    public const string EnvironmentVariable = "UPDATE_STATION_BACKEND";

    public static IReadOnlyList<string> Names { get; } = ["apt", "pkg"];

    /// <param name="name">apt or pkg; null means $UPDATE_STATION_BACKEND, else detected.</param>
    /// <param name="stepTimeout">The longest a refresh, a simulation or a lookup may run (`check-timeout-minutes`); null: 10 minutes.</param>
    /// <param name="rootOnlyConfiguration">
    /// The root helper's gate: before each run of the package manager, everything it reads from its configuration must be
    /// root's alone from / down, or the run is refused (<see cref="UntrustedConfigurationException"/>).
    /// </param>
    /// <param name="ignore">The ignore list: what every plan and upgrade of the backend leaves out (<see cref="Model.UpdatePlan.Ignored"/>).</param>
    /// <param name="preferencesDirectory">Where root's apt writes the ignore list's pins (a directory root alone can change); a user's check uses its private one.</param>
    /// <exception cref="BackendException">The name is unknown, or no supported package manager is found.</exception>
    public static IPackageBackend Create(
        string? name = null, TimeSpan? stepTimeout = null, bool rootOnlyConfiguration = false, IReadOnlyList<IgnoreRule>? ignore = null, string? preferencesDirectory = null)
    {
        var apt = new AptBackendOptions { RootOnlyConfiguration = rootOnlyConfiguration, Ignore = ignore ?? [], PreferencesDirectory = preferencesDirectory };
        var pkg = new PkgBackendOptions { RootOnlyConfiguration = rootOnlyConfiguration, Ignore = ignore ?? [] };
        IPackageBackend Apt() => new AptBackend(stepTimeout is { } timeout ? apt with { StepTimeout = timeout } : apt);
        IPackageBackend Pkg() => new PkgBackend(stepTimeout is { } timeout ? pkg with { StepTimeout = timeout } : pkg);

        name ??= Environment.GetEnvironmentVariable(EnvironmentVariable);
        switch (name)
        {
            case "apt":
                return Apt();
            case "pkg":
                return Pkg();
            case null or "":
                break;
            default:
                throw new BackendException($"Unknown backend '{name}'; use apt or pkg.");
        }

        if (OperatingSystem.IsFreeBSD() || IsOnPath("pkg") && !IsOnPath("apt-get"))
        {
            return Pkg();
        }

        return IsOnPath("apt-get")
            ? Apt()
            : throw new BackendException("No supported package manager found: neither pkg nor apt-get is on PATH.");
    }

    /// <summary>Whether an executable named <paramref name="program"/> is in a PATH directory.</summary>
    public static bool IsOnPath(string program) => Processes.ProgramLocator.Find(program) is not null;
}
