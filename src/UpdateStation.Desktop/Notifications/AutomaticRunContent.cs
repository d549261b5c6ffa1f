using System.Globalization;

namespace UpdateStation.Desktop.Notifications;

/// <summary>The words of an automatic run's notification (a pure function but for the local time zone).</summary>
/// <remarks>
/// "12 security updates were installed automatically at 02:14" when every change was a security update, else "3 updates
/// were installed automatically at 02:14"; "Restart the computer to finish" below when the run says so. A failed run:
/// "Automatic updates failed at 02:14" above "REASON (see the log PATH)".
/// </remarks>
internal static class AutomaticRunContent
{
    public static NotificationContent For(AutomaticRunReport report, bool markup)
    {
        ArgumentNullException.ThrowIfNull(report);
        var at = report.Ended.ToLocalTime().ToString("HH:mm", CultureInfo.InvariantCulture);
        if (report.Failure is { } failure)
        {
            var body = Catalog.T("{0} (see the log {1})", DisplayText.Escape(failure), DisplayText.Escape(report.LogPath));
            return new NotificationContent(Catalog.T("Automatic updates failed at {0}", at), markup ? Markup.Escape(body) : body);
        }

        var summary = report.Security == report.Installed
            ? Catalog.N("{0} security update was installed automatically at {1}", "{0} security updates were installed automatically at {1}", report.Installed, at)
            : Catalog.N("{0} update was installed automatically at {1}", "{0} updates were installed automatically at {1}", report.Installed, at);
        return new NotificationContent(summary, report.RestartNeeded ? Catalog.T("Restart the computer to finish") : "");
    }
}
