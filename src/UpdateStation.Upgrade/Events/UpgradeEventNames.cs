namespace UpdateStation.Upgrade.Events;

/// <summary>The words of the event stream: event kinds, steps and error codes.</summary>
public static class UpgradeEventNames
{
    public const string EventStep = "step";
    public const string EventProgress = "progress";
    public const string EventLog = "log";
    public const string EventWaitingForLock = "waiting-for-lock";
    public const string EventDone = "done";
    public const string EventError = "error";

    public const string StepBootEnvironment = "boot-environment";
    public const string StepRefresh = "refresh";
    public const string StepDownload = "download";
    public const string StepInstall = "install";
    public const string StepConfigure = "configure";
    public const string StepSelfUpgrade = "self-upgrade";
    public const string StepReboot = "reboot";

    public const string PlanChanged = "plan-changed";
    public const string Busy = "busy";
    public const string BootEnvironment = "boot-environment";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
