using static UpdateStation.Gtk.Interop.Gtk.GtkOrientation;

namespace UpdateStation.Gtk;

internal sealed partial class UpdateWindow
{
    /// <summary>How high the details pane opens below the list.</summary>
    private const int DetailsHeight = 200;

    private void Layout()
    {
        var content = _listPage;
        var outer = Widgets.Box(GTK_ORIENTATION_VERTICAL, 8);
        var scroller = Widgets.Scroller(_list);
        var buttons = Widgets.Box(GTK_ORIENTATION_HORIZONTAL, 8);
        using (outer)
        using (scroller)
        using (buttons)
        {
            Interop.Gtk.ContainerSetBorderWidth(outer, 12);
            Widgets.Emphasize(_header);
            Interop.Gtk.BoxPackStart(_headerRow, _header, 1, 1, 0);
            Interop.Gtk.BoxPackEnd(_headerRow, _headerActions, 0, 0, 0);
            Interop.Gtk.BoxPackEnd(_headerRow, _tryAgain, 0, 0, 0);
            Interop.Gtk.BoxPackStart(outer, _headerRow, 0, 0, 0);
            Interop.Gtk.BoxPackStart(content, _catalogue, 0, 0, 0);

            AppendPackageColumn();
            Widgets.AppendTextColumn(_list, Catalog.T("Installed"), PlanTreeStore.InstalledColumn, PlanTreeStore.WeightColumn);
            Widgets.AppendTextColumn(_list, Catalog.T("New"), PlanTreeStore.NewColumn, PlanTreeStore.WeightColumn);
            Widgets.AppendTextColumn(_list, Catalog.T("Repository"), PlanTreeStore.RepositoryColumn, PlanTreeStore.WeightColumn);
            Widgets.AppendTextColumn(_list, Catalog.T("Notes"), PlanTreeStore.NotesColumn, PlanTreeStore.WeightColumn);
            Widgets.SetAccessibleName(_list, Catalog.T("Updates"));
            Interop.Gtk.TreeViewSetFixedHeightMode(_list, 1);
            Interop.Gtk.WidgetSetSizeRequest(_details.Root, -1, DetailsHeight);
            Interop.Gtk.PanedPack1(_listAndDetails, scroller, 1, 0);
            Interop.Gtk.PanedPack2(_listAndDetails, _details.Root, 0, 0);
            Interop.Gtk.WidgetShowAll(scroller); // The pane itself is shown by Render (never an empty table), its parts now.
            Interop.Gtk.WidgetShowAll(_details.Root);
            Interop.Gtk.BoxPackStart(content, _listAndDetails, 1, 1, 0);
            Interop.Gtk.BoxPackStart(content, _held, 0, 0, 0);
            Interop.Gtk.BoxPackStart(content, _removals, 0, 0, 0);
            Interop.Gtk.BoxPackStart(content, _sizes, 0, 0, 0);

            Interop.Gtk.BoxPackEnd(buttons, _close, 0, 0, 0);
            Interop.Gtk.BoxPackEnd(buttons, _checkAgain, 0, 0, 0);
            Interop.Gtk.BoxPackEnd(buttons, _installButton, 0, 0, 0);
            Interop.Gtk.BoxPackStart(buttons, _bootEnvironment, 0, 0, 0);
            Interop.Gtk.BoxPackStart(content, buttons, 0, 0, 0);
            _pages.Add(WindowPages.List, content);
            _pages.Add(WindowPages.UpToDate, _upToDate.Root);
            _pages.Add(WindowPages.Install, _installPage.Root);
            Interop.Gtk.BoxPackStart(outer, _pages.Root, 1, 1, 0);
            Interop.Gtk.ContainerAdd(_window, outer);
        }

        // Shown or hidden by Render (and the install flow) alone.
        foreach (var optional in new[] { _tryAgain, _catalogue, _listAndDetails, _held, _removals, _sizes, _installButton, _bootEnvironment })
        {
            Interop.Gtk.WidgetSetNoShowAll(optional, 1);
        }
    }
}
