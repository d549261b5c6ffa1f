namespace UpdateStation.Commands;

/// <summary>The exit statuses of the terminal commands (the `dnf check-update` convention for 100).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Error = 1;
    public const int UpdatesAvailable = 100;
}
