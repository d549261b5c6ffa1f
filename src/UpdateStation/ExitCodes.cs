namespace UpdateStation;

/// <summary>The exit statuses of every command; docs/REFERENCE.md and update-station(1) list them for scripts.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Error = 1;
    public const int Usage = 2;
    public const int NotRunning = 3;
    public const int NoResponse = 4;

    /// <summary>`check`: updates are available (the `dnf check-update` convention).</summary>
    public const int UpdatesAvailable = 100;
}
