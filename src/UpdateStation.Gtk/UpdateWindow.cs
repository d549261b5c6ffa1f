using UpdateStation.Gtk.Content;
using static UpdateStation.Gtk.Interop.Gtk.GtkOrientation;

namespace UpdateStation.Gtk;

/// <summary>The update window's widgets: a header, the catalogue's age, the plan as a tree, and the buttons.</summary>
/// <remarks>Every member runs on the GTK thread.</remarks>
internal sealed partial class UpdateWindow : IDisposable
{
    public const string Title = "Update Station";

    private static readonly TimeSpan s_raiseGrace = TimeSpan.FromMilliseconds(500);

    private readonly SafeGObjectHandle _window;
    private readonly SafeGObjectHandle _header = Widgets.Label();
    private readonly SafeGObjectHandle _tryAgain;
    private readonly SafeGObjectHandle _catalogue = Widgets.Label();
    private readonly PlanTreeStore _store = new();
    private readonly SafeGObjectHandle _list;
    private readonly SafeGObjectHandle _held = Widgets.Label();
    private readonly SafeGObjectHandle _sizes = Widgets.Label();
    private readonly SafeGObjectHandle _checkAgain;
    private readonly SafeGObjectHandle _close;
    private readonly SafeGObjectHandle _installButton;
    private readonly SafeGObjectHandle _bootEnvironment;
    private readonly SafeGObjectHandle _listPage = Widgets.Box(GTK_ORIENTATION_VERTICAL, 8);
    private readonly InstallPage _installPage;
    private readonly HistoryPage _historyPage;
    private readonly SafeGObjectHandle _historyButton;
    private IReadOnlyList<PlanGroup> _shownGroups = [];
    private bool _mapped;
    private bool _shown;

    public UpdateWindow(Action checkAgain, InstallActions install, Action mapped, Action closed)
    {
        ArgumentNullException.ThrowIfNull(install);
        Debug.Assert(GtkThread.IsCurrent);
        _window = SafeGObjectHandle.Own(Interop.Gtk.WindowNew(Interop.Gtk.GtkWindowType.GTK_WINDOW_TOPLEVEL));
        Interop.Gtk.WindowSetTitle(_window, Title);
        Interop.Gtk.WindowSetIconName(_window, "update-station"); // packaging/icons, in hicolor; the menu entry names it too
        Interop.Gtk.WindowSetDefaultSize(_window, 760, 440);
        _tryAgain = Widgets.Button(Catalog.T("_Try Again"), checkAgain);
        _checkAgain = Widgets.Button(Catalog.T("C_heck Again"), checkAgain);
        _close = Widgets.Button(Catalog.T("_Close"), Close);
        _installButton = Widgets.Button(Catalog.T("_Install Updates"), install.Install);
        _bootEnvironment = SafeGObjectHandle.Own(Interop.Gtk.CheckButtonNewWithMnemonic(Catalog.T("Create a _boot environment first")));
        Interop.Gtk.ToggleButtonSetActive(_bootEnvironment, 1);
        _installPage = new InstallPage(install.RestartNow, install.BackToList);
        (_historyPage, _historyButton) = (new HistoryPage(() => ShowHistory(false)), Widgets.Button(Catalog.T("Hi_story"), () => ShowHistory(true)));
        _list = SafeGObjectHandle.Own(Interop.Gtk.TreeViewNewWithModel(_store.Handle));
        Layout();
        FitColumns([]);

        GLibCallbacks.ConnectEvent(_window, "key-press-event", OnKeyPress);
        GLibCallbacks.ConnectEvent(_window, "delete-event", _ => Installing); // Handled (refused) while packages change.
        GLibCallbacks.ConnectEvent(_window, "focus-in-event", _ => ClearUrgency());
        GLibCallbacks.ConnectEvent(_window, "map-event", _ =>
        {
            if (!_mapped)
            {
                _mapped = true;
                mapped();
            }

            return false;
        });
        GLibCallbacks.Connect(_window, "destroy", closed);
    }

    /// <summary>Shows the window (the first time) or raises it; where the window manager refuses, asks for attention.</summary>
    public void Present()
    {
        Debug.Assert(GtkThread.IsCurrent);
        if (!_shown)
        {
            _shown = true;
            Interop.Gtk.WidgetShowAll(_window); // Once: from then on each part's visibility is ours (the pages above all).
        }

        Interop.Gtk.WindowPresent(_window);

        // Focus-stealing prevention may leave us behind the active window: then the urgency hint marks us.
        GLibCallbacks.Timeout(s_raiseGrace, () =>
        {
            if (!_window.IsClosed && Interop.Gtk.WindowIsActive(_window) == 0)
            {
                Interop.Gtk.WindowSetUrgencyHint(_window, 1);
            }

            return false;
        });
    }

    /// <summary>Closes the window, unless packages are changing.</summary>
    public void Close()
    {
        Debug.Assert(GtkThread.IsCurrent);
        if (Installing)
        {
            return;
        }

        Interop.Gtk.WidgetDestroy(_window);
    }

    public void Dispose()
    {
        Debug.Assert(GtkThread.IsCurrent);
        _installPage.Dispose();
        _historyPage.Dispose();
        _historyButton.Dispose();
        foreach (var widget in new[] { _header, _tryAgain, _catalogue, _list, _held, _sizes, _checkAgain, _close, _installButton, _bootEnvironment, _listPage, _window })
        {
            widget.Dispose();
        }

        _store.Dispose();
    }

    private void Layout()
    {
        var content = _listPage;
        var outer = Widgets.Box(GTK_ORIENTATION_VERTICAL, 0);
        var headerRow = Widgets.Box(GTK_ORIENTATION_HORIZONTAL, 12);
        var scroller = SafeGObjectHandle.Own(Interop.Gtk.ScrolledWindowNew(IntPtr.Zero, IntPtr.Zero));
        var buttons = Widgets.Box(GTK_ORIENTATION_HORIZONTAL, 8);
        using (outer)
        using (headerRow)
        using (scroller)
        using (buttons)
        {
            Interop.Gtk.ContainerSetBorderWidth(outer, 12);
            Widgets.Emphasize(_header);
            Interop.Gtk.BoxPackStart(headerRow, _header, 1, 1, 0);
            Interop.Gtk.BoxPackEnd(headerRow, _tryAgain, 0, 0, 0);
            Interop.Gtk.BoxPackStart(content, headerRow, 0, 0, 0);
            Interop.Gtk.BoxPackStart(content, _catalogue, 0, 0, 0);

            Widgets.AppendTextColumn(_list, Catalog.T("Package"), PlanTreeStore.PackageColumn, PlanTreeStore.WeightColumn);
            Widgets.AppendTextColumn(_list, Catalog.T("Installed"), PlanTreeStore.InstalledColumn, PlanTreeStore.WeightColumn);
            Widgets.AppendTextColumn(_list, Catalog.T("New"), PlanTreeStore.NewColumn, PlanTreeStore.WeightColumn);
            Widgets.AppendTextColumn(_list, Catalog.T("Repository"), PlanTreeStore.RepositoryColumn, PlanTreeStore.WeightColumn);
            Widgets.AppendTextColumn(_list, Catalog.T("Notes"), PlanTreeStore.NotesColumn, PlanTreeStore.WeightColumn);
            Widgets.SetAccessibleName(_list, Catalog.T("Updates"));
            Interop.Gtk.TreeViewSetFixedHeightMode(_list, 1);
            Interop.Gtk.ScrolledWindowSetPolicy(scroller, Interop.Gtk.GtkPolicyType.GTK_POLICY_AUTOMATIC, Interop.Gtk.GtkPolicyType.GTK_POLICY_AUTOMATIC);
            Interop.Gtk.ScrolledWindowSetShadowType(scroller, Interop.Gtk.GtkShadowType.GTK_SHADOW_IN);
            Interop.Gtk.ContainerAdd(scroller, _list);
            Interop.Gtk.BoxPackStart(content, scroller, 1, 1, 0);
            Interop.Gtk.BoxPackStart(content, _held, 0, 0, 0);
            Interop.Gtk.BoxPackStart(content, _sizes, 0, 0, 0);

            Interop.Gtk.BoxPackEnd(buttons, _close, 0, 0, 0);
            Interop.Gtk.BoxPackEnd(buttons, _checkAgain, 0, 0, 0);
            Interop.Gtk.BoxPackEnd(buttons, _installButton, 0, 0, 0);
            Interop.Gtk.BoxPackStart(buttons, _bootEnvironment, 0, 0, 0);
            Interop.Gtk.BoxPackStart(buttons, _historyButton, 0, 0, 0);
            Interop.Gtk.BoxPackStart(content, buttons, 0, 0, 0);
            Interop.Gtk.BoxPackStart(outer, content, 1, 1, 0);
            Interop.Gtk.BoxPackStart(outer, _installPage.Root, 1, 1, 0);
            Interop.Gtk.BoxPackStart(outer, _historyPage.Root, 1, 1, 0);
            Interop.Gtk.ContainerAdd(_window, outer);
        }

        // Shown or hidden by Render (and the install flow) alone.
        foreach (var optional in new[] { _tryAgain, _catalogue, _held, _sizes, _installButton, _bootEnvironment, _installPage.Root, _historyPage.Root })
        {
            Interop.Gtk.WidgetSetNoShowAll(optional, 1);
        }
    }

    private bool OnKeyPress(IntPtr gdkEvent)
    {
        if (Interop.Gdk.EventGetKeyval(gdkEvent, out var key) != 0 && key == Interop.Gdk.GDK_KEY_Escape && !Installing)
        {
            Close();
            return true;
        }

        return false;
    }

    private bool ClearUrgency()
    {
        Interop.Gtk.WindowSetUrgencyHint(_window, 0);
        return false;
    }
}
