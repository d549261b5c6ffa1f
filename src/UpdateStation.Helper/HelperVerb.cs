namespace UpdateStation.Helper;

internal enum HelperVerb
{
    Refresh,
    Upgrade,
    Reboot,
}
