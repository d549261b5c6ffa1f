using UpdateStation.Gtk.Content;
using static UpdateStation.Gtk.Interop.Gtk.GtkOrientation;

namespace UpdateStation.Gtk;

/// <summary>The update window: a header row, and its pages: the list with the selected update's details, Up to date, and the install's progress.</summary>
/// <remarks>
/// Every member runs on the GTK thread. Another page plugs in with <see cref="AddPage"/> and a button in the header row
/// with <see cref="AddHeaderButton"/> (both shown on the list and Up to date pages); <see cref="ShowPage"/> shows it.
/// </remarks>
internal sealed partial class UpdateWindow : IDisposable
{
    public const string Title = "Update Station";

    private static readonly TimeSpan s_raiseGrace = TimeSpan.FromMilliseconds(500);

    private readonly SafeGObjectHandle _window;
    private readonly SafeGObjectHandle _headerRow = Widgets.Box(GTK_ORIENTATION_HORIZONTAL, 12);
    private readonly SafeGObjectHandle _header = Widgets.Label();
    private readonly SafeGObjectHandle _headerActions = Widgets.Box(GTK_ORIENTATION_HORIZONTAL, 8);
    private readonly SafeGObjectHandle _tryAgain;
    private readonly SafeGObjectHandle _catalogue = Widgets.Label();
    private readonly PlanTreeStore _store = new();
    private readonly SafeGObjectHandle _list;
    private readonly SafeGObjectHandle _selection;
    private readonly SafeGObjectHandle _listAndDetails = SafeGObjectHandle.Own(Interop.Gtk.PanedNew(GTK_ORIENTATION_VERTICAL));
    private readonly DetailsPane _details = new();
    private readonly SafeGObjectHandle _held = Widgets.Label();
    private readonly SafeGObjectHandle _removals = Widgets.Label();
    private readonly SafeGObjectHandle _sizes = Widgets.Label();
    private readonly SafeGObjectHandle _checkAgain;
    private readonly SafeGObjectHandle _close;
    private readonly SafeGObjectHandle _installButton;
    private readonly SafeGObjectHandle _bootEnvironment;
    private readonly SafeGObjectHandle _listPage = Widgets.Box(GTK_ORIENTATION_VERTICAL, 8);
    private readonly UpToDatePage _upToDate;
    private readonly WindowPages _pages = new();
    private readonly InstallPage _installPage;
    private readonly HistoryPage _historyPage;
    private readonly SafeGObjectHandle _historyButton;
    private readonly ChangelogSource _changelogs = new();
    private IReadOnlyList<PlanGroup> _shownGroups = [];
    private PlanRow[] _shownRows = [];
    private WindowContent? _content;
    private bool _mapped;
    private bool _shown;

    /// <param name="runLogPath">The run log the History page reads (the settings' `[helper] log`, as `update-station history`).</param>
    public UpdateWindow(Action checkAgain, InstallActions install, Action mapped, Action closed, string runLogPath)
    {
        ArgumentNullException.ThrowIfNull(install);
        Debug.Assert(GtkThread.IsCurrent);
        _window = SafeGObjectHandle.Own(Interop.Gtk.WindowNew(Interop.Gtk.GtkWindowType.GTK_WINDOW_TOPLEVEL));
        Interop.Gtk.WindowSetTitle(_window, Title);
        Interop.Gtk.WindowSetIconName(_window, "update-station");
        _tryAgain = Widgets.Button(Catalog.T("_Try Again"), checkAgain);
        _checkAgain = Widgets.Button(Catalog.T("C_heck Again"), checkAgain);
        _close = Widgets.Button(Catalog.T("_Close"), Close);
        _installButton = Widgets.Button(Catalog.T("_Install Updates"), () => ConfirmRemovals(install.Install));
        _bootEnvironment = SafeGObjectHandle.Own(Interop.Gtk.CheckButtonNewWithMnemonic(Catalog.T("Create a _boot environment first")));
        Interop.Gtk.ToggleButtonSetActive(_bootEnvironment, 1);
        _installPage = new InstallPage(install.RestartNow, install.BackToList, Close);
        _upToDate = new UpToDatePage(checkAgain, Close);
        (_historyPage, _historyButton) = (new HistoryPage(() => ShowHistory(false), runLogPath), Widgets.Button(Catalog.T("Hi_story"), () => ShowHistory(true)));
        _list = SafeGObjectHandle.Own(Interop.Gtk.TreeViewNewWithModel(_store.Handle));
        _selection = SafeGObjectHandle.Own(Interop.Gtk.TreeViewGetSelection(_list));
        Layout();
        AddPage(HistoryPageName, _historyPage.Root);
        AddHeaderButton(_historyButton);
        FitColumns([]);
        SizeToContent(0);

        GLibCallbacks.Connect(_selection, "changed", OnSelectionChanged);
        GLibCallbacks.ConnectRowActivated(_list, OnRowActivated);
        GLibCallbacks.ConnectEvent(_window, "key-press-event", OnKeyPress);
        GLibCallbacks.ConnectEvent(_window, "delete-event", _ => Installing); // Handled (refused) while packages change.
        GLibCallbacks.ConnectEvent(_window, "focus-in-event", _ => ClearUrgency());
        GLibCallbacks.ConnectEvent(_window, "configure-event", _ => NoteSize());
        GLibCallbacks.ConnectEvent(_window, "map-event", _ =>
        {
            if (!_mapped)
            {
                _mapped = true;
                mapped();
            }

            return false;
        });
        GLibCallbacks.Connect(_window, "destroy", () =>
        {
            RememberSize();
            closed();
        });
    }

    /// <summary>Shows the window (the first time) or raises it; where the window manager refuses, asks for attention.</summary>
    public void Present()
    {
        Debug.Assert(GtkThread.IsCurrent);
        if (!_shown)
        {
            _shown = true;
            Interop.Gtk.WidgetShowAll(_window); // Once: from then on each part's visibility is ours (the pages above all).
            _pages.Show(_pages.Current);
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

    /// <summary>Adds a page (a History view, say); <see cref="ShowPage"/> shows it.</summary>
    public void AddPage(string name, SafeGObjectHandle page) => _pages.Add(name, page);

    /// <summary>Shows the page called <paramref name="name"/> (<see cref="WindowPages"/>); the header row stays for every page but the install's.</summary>
    public void ShowPage(string name)
    {
        Debug.Assert(GtkThread.IsCurrent);
        _pages.Show(name);
        Widgets.SetVisible(_headerRow, name != WindowPages.Install);
        Widgets.SetVisible(_header, name == WindowPages.List);
    }

    /// <summary>A button in the header row, at its end, beside Try Again (History, say).</summary>
    public void AddHeaderButton(SafeGObjectHandle button)
    {
        Debug.Assert(GtkThread.IsCurrent);
        Interop.Gtk.BoxPackEnd(_headerActions, button, 0, 0, 0);
        Interop.Gtk.WidgetShowAll(button);
    }

    public void Dispose()
    {
        Debug.Assert(GtkThread.IsCurrent);
        _changelogs.Dispose();
        _installPage.Dispose();
        _historyPage.Dispose();
        _historyButton.Dispose();
        _upToDate.Dispose();
        _details.Dispose();
        foreach (var widget in new[] { _headerRow, _header, _headerActions, _tryAgain, _catalogue, _selection, _list, _listAndDetails, _held, _removals, _sizes, _checkAgain, _close, _installButton, _bootEnvironment, _listPage })
        {
            widget.Dispose();
        }

        _pages.Dispose();
        _window.Dispose();
        _store.Dispose();
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
