namespace UpdateStation.Upgrade;

/// <summary>The root helper's exit statuses (126 and 127 stay pkexec's: cancelled and not authorized).</summary>
public static class HelperExitCodes
{
    public const int Done = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int PlanChanged = 3;
    public const int Busy = 4;
    public const int NoBootEnvironment = 5;
}
