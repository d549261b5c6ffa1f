using static UpdateStation.Gtk.Interop.Gtk.GtkOrientation;

namespace UpdateStation.Gtk;

/// <summary>The page for a system with nothing to do: an icon, "Up to date", when the last check ran, Check Again and Close (no empty table).</summary>
/// <remarks>Every member runs on the GTK thread.</remarks>
internal sealed class UpToDatePage : IDisposable
{
    private readonly SafeGObjectHandle _icon = SafeGObjectHandle.Own(Interop.Gtk.ImageNewFromIconName("emblem-default", IconSizeDialog));
    private readonly SafeGObjectHandle _title = Widgets.Label();
    private readonly SafeGObjectHandle _checked = Widgets.Label();
    private readonly SafeGObjectHandle _catalogue = Widgets.Label();
    private readonly SafeGObjectHandle _checkAgain;
    private readonly SafeGObjectHandle _close;

    /// <summary>GTK_ICON_SIZE_DIALOG (48 px).</summary>
    private const int IconSizeDialog = 6;

    public UpToDatePage(Action checkAgain, Action close)
    {
        Debug.Assert(GtkThread.IsCurrent);
        _checkAgain = Widgets.Button(Catalog.T("C_heck Again"), checkAgain);
        _close = Widgets.Button(Catalog.T("_Close"), close);
        Root = Widgets.Box(GTK_ORIENTATION_VERTICAL, 8);
        var middle = Widgets.Box(GTK_ORIENTATION_VERTICAL, 8);
        var buttons = Widgets.Box(GTK_ORIENTATION_HORIZONTAL, 8);
        using (middle)
        using (buttons)
        {
            Widgets.Emphasize(_title);
            foreach (var label in new[] { _title, _checked, _catalogue })
            {
                Interop.Gtk.LabelSetXalign(label, 0.5f);
            }

            Interop.Gtk.WidgetSetValign(middle, Interop.Gtk.GtkAlign.GTK_ALIGN_CENTER);
            Interop.Gtk.BoxPackStart(middle, _icon, 0, 0, 0);
            Interop.Gtk.BoxPackStart(middle, _title, 0, 0, 0);
            Interop.Gtk.BoxPackStart(middle, _checked, 0, 0, 0);
            Interop.Gtk.BoxPackStart(middle, _catalogue, 0, 0, 0);
            Interop.Gtk.BoxPackStart(Root, middle, 1, 1, 0);
            Interop.Gtk.BoxPackEnd(buttons, _close, 0, 0, 0);
            Interop.Gtk.BoxPackEnd(buttons, _checkAgain, 0, 0, 0);
            Interop.Gtk.BoxPackEnd(Root, buttons, 0, 0, 0);
        }
    }

    public SafeGObjectHandle Root { get; }

    /// <param name="title">"Up to date", or "Checking for updates…" while a check runs.</param>
    /// <param name="lastChecked">"Last checked today at 10:42".</param>
    /// <param name="catalogue">"Package catalogue refreshed 3 minutes ago".</param>
    public void Show(string title, string lastChecked, string catalogue)
    {
        Debug.Assert(GtkThread.IsCurrent);
        Interop.Gtk.LabelSetText(_title, title);
        Interop.Gtk.LabelSetText(_checked, lastChecked);
        Interop.Gtk.LabelSetText(_catalogue, catalogue);
    }

    public void Dispose()
    {
        Debug.Assert(GtkThread.IsCurrent);
        foreach (var widget in new[] { _icon, _title, _checked, _catalogue, _checkAgain, _close, Root })
        {
            widget.Dispose();
        }
    }
}
