namespace UpdateStation.Desktop;

/// <summary>What the user asked for through the icon, its menu or a notification.</summary>
internal enum DesktopRequest
{
    ShowWindow,
    CheckNow,
    Quit,
}
