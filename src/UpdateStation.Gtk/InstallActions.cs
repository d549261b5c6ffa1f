namespace UpdateStation.Gtk;

/// <summary>What the window's install controls do; the session decides.</summary>
/// <param name="Install">`Install Updates` pressed.</param>
/// <param name="RestartNow">`Restart Now` pressed after an upgrade that needs a restart.</param>
/// <param name="BackToList">`Later` or `Back to the List` pressed at the end of a run.</param>
internal sealed record InstallActions(Action Install, Action RestartNow, Action BackToList);
