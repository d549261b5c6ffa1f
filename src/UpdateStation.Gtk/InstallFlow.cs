using System.ComponentModel;
using UpdateStation.Packages.Processes;
using UpdateStation.Settings;
using UpdateStation.Upgrade;
using UpdateStation.Upgrade.BootEnvironments;
using UpdateStation.Upgrade.Elevation;
using UpdateStation.Upgrade.Events;

namespace UpdateStation.Gtk;

/// <summary>
/// `Install Updates`: the helper through pkexec (else `sudo -n`, else `doas -n`) with the fingerprint of the plan shown, its events on
/// the progress page, and the end in words (<see cref="HelperMessages"/>).
/// </summary>
/// <remarks>
/// The helper's events are read on another thread and reach GTK only through the main loop (g_idle_add), in order, the
/// end after the last event. pkexec's refusal (no polkit agent) stays on the page with what to do and Try Again; a
/// dismissed authentication or a changed plan goes back to the list with the message (and the new plan); a failure
/// stays on the page with the log.
/// </remarks>
internal sealed class InstallFlow(GtkMainLoop loop, UpdateWindow window, Action<string?, UpdatePlan?> backToList)
{
    private readonly string _helperPath = Elevation.HelperPath(Environment.ProcessPath ?? "update-station");
    private ElevationMethod? _method;

    /// <summary>Shows `Create a boot environment first` where boot environments work (`bectl check` exits 0).</summary>
    public void OfferBootEnvironmentWhereTheyWork() =>
        Task.Run(() => BootEnvironmentManager.IsAvailableAsync()).ContinueWith(
            available =>
            {
                if (available.IsCompletedSuccessfully && available.Result)
                {
                    loop.Post(window.OfferBootEnvironment);
                }
            },
            TaskScheduler.Default);

    /// <summary>Installs the plan whose fingerprint is <paramref name="fingerprint"/>, made with the rules <paramref name="ignore"/>; on the GTK thread.</summary>
    public void Start(string fingerprint, IReadOnlyList<IgnoreRule> ignore)
    {
        Debug.Assert(GtkThread.IsCurrent);
        _method = Elevation.Choose(name => ProgramLocator.Find(name));
        if (_method is null)
        {
            backToList(HelperMessages.NoMethod, null);
            return;
        }

        if (!File.Exists(_helperPath))
        {
            backToList(HelperMessages.NotInstalled(_helperPath), null);
            return;
        }

        window.BeginInstall();
        var arguments = HelperArguments.Upgrade(fingerprint, window.CreateBootEnvironment) with { Ignore = ignore };
        var method = _method;
        Task.Run(() => RunAsync(method, arguments, fingerprint, ignore));
    }

    /// <summary>`Restart Now`: logind, else the helper's `reboot`; a failure is said on the page.</summary>
    public void RestartNow()
    {
        var method = _method;
        Task.Run(() => SystemRestart.RequestAsync(method, _helperPath)).ContinueWith(
            asked =>
            {
                if (asked.Result is { } failure)
                {
                    loop.Post(() => window.EndInstall(page => page.RestartFailed(failure)));
                }
            },
            TaskScheduler.Default);
    }

    private async Task RunAsync(ElevationMethod method, HelperArguments arguments, string fingerprint, IReadOnlyList<IgnoreRule> ignore)
    {
        try
        {
            var result = await HelperProcess.RunAsync(method, _helperPath, arguments, e => loop.Post(() => window.ShowInstallEvent(e))).ConfigureAwait(false);
            loop.Post(() => Finish(method, result, fingerprint, ignore));
        }
        catch (Exception ex) when (ex is Win32Exception or IOException or InvalidOperationException)
        {
            // pkexec or sudo could not be started or read: said on the page, and the window may close again.
            var message = Catalog.T("The updates could not be installed: {0}", $"{method.Name}: {ex.Message}");
            loop.Post(() => window.EndInstall(page => page.Failed(message, null)));
        }
    }

    private void Finish(ElevationMethod method, HelperRunResult result, string fingerprint, IReadOnlyList<IgnoreRule> ignore)
    {
        if (result.Succeeded)
        {
            window.EndInstall(page => page.Succeeded(result.Final?.RestartNeeded == true, result.Final?.BootEnvironment));
            return;
        }

        var message = HelperMessages.Failure(result, method) ?? "";
        if (result.Outcome == ElevationOutcome.NotAuthorized && method.Name == ElevationMethod.Pkexec.Name)
        {
            // No polkit agent to ask for a password (or a rule that says no): what to do, and Try Again on the page.
            window.EndInstall(page => page.Refused(message, () => Start(fingerprint, ignore)));
        }
        else if (result.Outcome != ElevationOutcome.Ran)
        {
            window.ShowList();
            backToList(message, null);
        }
        else if (result.Final is { Code: UpgradeEventNames.PlanChanged } changed)
        {
            window.ShowList();
            backToList(message, changed.Plan?.ToPlan());
        }
        else
        {
            window.EndInstall(page => page.Failed(message, result.Final?.Log));
        }
    }
}
