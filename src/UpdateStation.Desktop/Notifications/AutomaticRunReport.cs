namespace UpdateStation.Desktop.Notifications;

/// <summary>An automatic run the desktop tells of: when it ended, and what it installed or why it failed.</summary>
/// <param name="Ended">When its end line was written in the run log.</param>
/// <param name="Installed">How many changes it applied (0 for a failed run).</param>
/// <param name="Security">How many of them were security updates; null when the log does not say (an older helper).</param>
/// <param name="RestartNeeded">The run said a restart is needed to finish.</param>
/// <param name="Failure">Why it failed, in the helper's words; null when it succeeded.</param>
/// <param name="LogPath">The run log, named in a failure's notification.</param>
public sealed record AutomaticRunReport(DateTimeOffset Ended, int Installed, int? Security, bool RestartNeeded, string? Failure, string LogPath);
