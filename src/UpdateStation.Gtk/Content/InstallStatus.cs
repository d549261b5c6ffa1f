using UpdateStation.Upgrade.Events;
using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Gtk.Content;

/// <summary>The progress page's words for the helper's events: a pure function, so tests read it as a table.</summary>
public static class InstallStatus
{
    public static string Installing => T("Installing updates…");

    public static string Authenticating => T("Waiting for authentication…");

    public static string NotInstalled => T("The updates were not installed");

    /// <summary>What a step of the helper is called on the page.</summary>
    public static string Step(string? step) => step switch
    {
        UpgradeEventNames.StepBootEnvironment => T("Making a boot environment"),
        UpgradeEventNames.StepRefresh => T("Refreshing the package catalogue"),
        UpgradeEventNames.StepDownload => T("Downloading packages"),
        UpgradeEventNames.StepConfigure => T("Configuring packages"),
        UpgradeEventNames.StepSelfUpgrade => T("Upgrading the package manager first"),
        _ => T("Installing packages"),
    };

    /// <summary>The status line: the step, and the package when the helper names one.</summary>
    public static string Line(string? step, string? package) =>
        string.IsNullOrEmpty(package) ? Step(step) : T("{0}: {1}", Step(step), DisplayText.Escape(package));

    /// <summary>What to do when pkexec refused: no agent to ask for a password (or a rule that says no).</summary>
    public static string NoAgentRemedy =>
        T("A polkit authentication agent must run in the session to ask for your password; start one (or log in to a desktop that runs one) and try again. `update-station upgrade` in a terminal works with sudo.");

    /// <summary>Where the whole log of the run is.</summary>
    public static string LogAt(string path) => T("The whole log is {0}.", DisplayText.Escape(path));

    /// <summary>Another program holds the package manager's lock; the helper waits for it (its own words go to the log).</summary>
    public static string WaitingForLock => T("Waiting for another program to finish changing packages");
}
