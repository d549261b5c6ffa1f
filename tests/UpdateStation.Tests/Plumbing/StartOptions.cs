namespace UpdateStation.Tests.Plumbing;

/// <summary>How to start the binary, beyond its arguments.</summary>
internal sealed record StartOptions
{
    public static StartOptions Default { get; } = new();

    /// <summary>An argv prefix run first, as the test's user (nsenter into a polkit's namespace: <c>PolkitSystem.Enter</c>).</summary>
    public IReadOnlyList<string> Enter { get; init; } = [];

    /// <summary>Run as this user (setpriv); null runs as the test's own user.</summary>
    public UnixUser? User { get; init; }

    /// <summary>An argv prefix that execs the binary (a launcher that changes signal dispositions).</summary>
    public IReadOnlyList<string> Launcher { get; init; } = [];

    /// <summary>Another path to the binary (a symlink); null uses <see cref="StationBinary.Path"/>.</summary>
    public string? Executable { get; init; }

    /// <summary>Variables to set (or, with a null value, remove) on top of the runtime directory's.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();
}
