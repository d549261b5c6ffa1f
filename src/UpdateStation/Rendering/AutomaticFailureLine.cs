using UpdateStation.Upgrade.History;
using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Rendering;

/// <summary>Below a check's plan: the last automatic run failed (<see cref="AutomaticRunNews.LastFailure"/>), and where its log is.</summary>
internal static class AutomaticFailureLine
{
    /// <summary>The line for the run log at <paramref name="log"/>; null when its last automatic run did not fail, or it cannot be read (a check never fails for the log).</summary>
    public static string? Of(string log, DateTimeOffset now) =>
        AutomaticRunNews.LastFailure(RunLogFile.Read(log, out _), now) is { } failed
            ? T("The automatic run of {0} failed: {1} (the log is {2}).",
                failed.Started.ToLocalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                TerminalText.Escape(failed.Message?.TrimEnd('.') ?? T("no reason given")),
                TerminalText.Escape(log))
            : null;
}
