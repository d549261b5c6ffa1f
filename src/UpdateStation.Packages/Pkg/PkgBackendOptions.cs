namespace UpdateStation.Packages.Pkg;

/// <summary>How <see cref="PkgBackend"/> runs pkg; the defaults are those of a real FreeBSD system.</summary>
internal sealed record PkgBackendOptions
{
    /// <summary>Variables for every child (a PATH here is also where pkg and freebsd-version are looked up).</summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }

    /// <summary>Arguments before every pkg command (tests: `-r ROOT`, a private world's root); none on a real system.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The ignore list (see <see cref="PkgBackend.LeaveOut"/>).</summary>
    public IReadOnlyList<Settings.IgnoreRule> Ignore { get; init; } = [];

    /// <summary>The per-user cache directory; null means $XDG_CACHE_HOME/update-station/pkg (or the home's .cache).</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>How long an upgrade waits for another process to release pkg's database lock.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The first pause between attempts to take the lock; it doubles up to five seconds.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest a refresh, a simulation or a lookup may run before it is stopped and the check fails (a stuck mirror).</summary>
    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Check before each pkg run that what pkg reads from its configuration is root's alone
    /// (<see cref="PkgConfigurationTrust"/>); the root helper sets it.
    /// </summary>
    public bool RootOnlyConfiguration { get; init; }

    /// <summary>Overrides the real root check. For tests.</summary>
    public bool? IsRoot { get; init; }
}
