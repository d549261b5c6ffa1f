namespace UpdateStation.Gtk;

internal sealed partial class UpdateWindow
{
    /// <summary>Shows the History page (read again each time) in place of the list, or the list again.</summary>
    private void ShowHistory(bool show)
    {
        Debug.Assert(GtkThread.IsCurrent);
        Widgets.SetVisible(_listPage, !show);
        if (show)
        {
            _historyPage.Reload();
            Interop.Gtk.WidgetSetNoShowAll(_historyPage.Root, 0);
            Interop.Gtk.WidgetShowAll(_historyPage.Root);
            Interop.Gtk.WidgetSetNoShowAll(_historyPage.Root, 1);
        }
        else
        {
            Widgets.SetVisible(_historyPage.Root, false);
        }
    }
}
