namespace UpdateStation.Packages.Apt;

/// <summary>How <see cref="AptBackend"/> finds and runs apt; production uses the defaults.</summary>
internal sealed record AptBackendOptions
{
    /// <summary>The longest an upgrade waits for another process to release the dpkg lock (apt's DPkg::Lock::Timeout).</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The longest a user's check waits for another check of the same user to finish with the private lists.</summary>
    /// <remarks>As long as a refresh may take (a slow mirror), so that the tray's check meeting a manual one only waits.</remarks>
    public TimeSpan PrivateListsLockTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Also ask apt for the download size and disk change (a second `apt-get --print-uris dist-upgrade` run).</summary>
    /// <remarks>
    /// Off by default: `apt-get -s` prints no sizes, and the second run doubles the work of a check (48 ms → 80 ms on a
    /// 300-package world, bench/apt-check-overhead.sh), far over the check's 10 % overhead budget. Plans then carry the sums of the changes' Packages sizes (AptPlanDetails.Totals).
    /// </remarks>
    public bool MeasureSizes { get; init; }

    /// <summary>The longest a refresh, a simulation or a lookup may run before it is stopped and the check fails (a stuck mirror).</summary>
    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest `apt-get changelog` may take (a slow or silent changelog server): then the changelog is unavailable.</summary>
    public TimeSpan ChangelogTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The most bytes of a changelog read (1 MiB: years of entries); past it `apt-get changelog` is stopped and the start shown.</summary>
    public int ChangelogLimit { get; init; } = 1024 * 1024;

    /// <summary>
    /// Check before each apt run that everything apt reads from its configuration is root's alone
    /// (<see cref="AptConfigurationTrust"/>); the root helper sets it, a user's own check does not need it.
    /// </summary>
    public bool RootOnlyConfiguration { get; init; }

    /// <summary>The ignore list: what every plan and upgrade of this backend leaves out (see <see cref="AptPins"/>).</summary>
    public IReadOnlyList<Settings.IgnoreRule> Ignore { get; init; } = [];

    /// <summary>
    /// Where root writes the pins of <see cref="Ignore"/> (a directory root alone can change); a user's check writes them
    /// in its private directory. Null: a root plan that leaves something out is refused.
    /// </summary>
    public string? PreferencesDirectory { get; init; }

    public string AptGet { get; init; } = "apt-get"; // For tests.

    public string AptMark { get; init; } = "apt-mark"; // For tests.

    public string AptConfig { get; init; } = "apt-config"; // For tests.

    public string AptCache { get; init; } = "apt-cache"; // For tests.

    /// <summary>Variables added to apt's environment; an APT_CONFIG here stands for the caller's.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>(); // For tests.

    /// <summary>Run as root (true) or as a user with a private refresh (false); null asks the system.</summary>
    public bool? AsRoot { get; init; } // For tests.

    /// <summary>The per-user cache directory; null means $XDG_CACHE_HOME/update-station/apt (or ~/.cache/...).</summary>
    public string? CacheDirectory { get; init; } // For tests.

    /// <summary>Where /run/reboot-required lives.</summary>
    public string RunDirectory { get; init; } = "/run"; // For tests.
}
