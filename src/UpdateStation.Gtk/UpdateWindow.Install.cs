using UpdateStation.Upgrade.Events;

namespace UpdateStation.Gtk;

internal sealed partial class UpdateWindow
{
    /// <summary>Whether packages may be changing: the window refuses to close (Close, Escape, the window manager).</summary>
    public bool Installing { get; private set; }

    /// <summary>Whether `Create a boot environment first` is ticked (it is by default, and only shown where they work).</summary>
    public bool CreateBootEnvironment => Interop.Gtk.ToggleButtonGetActive(_bootEnvironment) != 0;

    /// <summary>Shows the boot environment check box: boot environments work here (`bectl check` exits 0).</summary>
    public void OfferBootEnvironment()
    {
        Debug.Assert(GtkThread.IsCurrent);
        Widgets.SetVisible(_bootEnvironment, true);
    }

    /// <summary>The progress page from now on, fresh, for the plan shown; the window refuses to close until <see cref="EndInstall"/>.</summary>
    public void BeginInstall()
    {
        Debug.Assert(GtkThread.IsCurrent);
        Installing = true;
        _installPage.Begin(_content?.Plan);
        ShowPage(WindowPages.Install);
    }

    public void ShowInstallEvent(UpgradeEvent upgradeEvent)
    {
        Debug.Assert(GtkThread.IsCurrent);
        _installPage.Apply(upgradeEvent);
    }

    /// <summary>The run is over: the window may close again; <paramref name="show"/> puts its end on the page.</summary>
    public void EndInstall(Action<InstallPage> show)
    {
        Debug.Assert(GtkThread.IsCurrent);
        ArgumentNullException.ThrowIfNull(show);
        Installing = false;
        show(_installPage);
    }

    /// <summary>Back to the list of updates (or Up to date) after a run, or when the elevation was refused.</summary>
    public void ShowList()
    {
        Debug.Assert(GtkThread.IsCurrent);
        Installing = false;
        ShowPage(_content?.UpToDate == true ? WindowPages.UpToDate : WindowPages.List);
    }
}
