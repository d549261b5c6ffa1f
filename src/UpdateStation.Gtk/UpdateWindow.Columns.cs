using UpdateStation.Gtk.Content;

namespace UpdateStation.Gtk;

internal sealed partial class UpdateWindow
{
    /// <summary>Room for the cell's padding and, in the first column, the expander and the rows' indentation, and the mark's icon.</summary>
    private const int CellPadding = 16;
    private const int ExpanderRoom = 40;
    private const int IconRoom = 56; // The icon, and the spacing and padding of the column's three renderers.
    private const int GTK_TREE_VIEW_COLUMN_FIXED = 2;

    /// <summary>The columns' widths as <see cref="FitColumns"/> last set them, summed (the window's natural width).</summary>
    private int _columnsWidth;

    /// <summary>
    /// The first column: a security update's icon, the package's name, and its mark ("security update") right after it,
    /// in the column the list measures first, so no other column's width can hide it; the mark is text, so a screen
    /// reader reads it with the row.
    /// </summary>
    private void AppendPackageColumn()
    {
        using var column = SafeGObjectHandle.Own(Interop.Gtk.TreeViewColumnNew());
        using var icon = SafeGObjectHandle.Own(Interop.Gtk.CellRendererPixbufNew());
        using var name = SafeGObjectHandle.Own(Interop.Gtk.CellRendererTextNew());
        using var mark = SafeGObjectHandle.Own(Interop.Gtk.CellRendererTextNew());
        Interop.Gtk.TreeViewColumnSetTitle(column, Catalog.T("Package"));
        Interop.Gtk.TreeViewColumnSetResizable(column, 1);
        Interop.Gtk.TreeViewColumnSetSizing(column, GTK_TREE_VIEW_COLUMN_FIXED);
        // Each cell sized per row (fixed = 0): a cell sized once for all rows takes the first row's width, so a group's
        // title was cut to a package's name and the icon, empty in a group's row, got no room in any row.
        var area = Interop.Gtk.CellLayoutGetArea(column);
        Interop.Gtk.CellAreaBoxPackStart(area, icon, 0, 0, 0);
        Interop.Gtk.TreeViewColumnAddAttribute(column, icon, "icon-name", PlanTreeStore.IconColumn);
        Interop.Gtk.CellAreaBoxPackStart(area, name, 0, 0, 0);
        Widgets.BindText(column, name, PlanTreeStore.PackageColumn, PlanTreeStore.WeightColumn);
        Interop.Gtk.CellAreaBoxPackStart(area, mark, 1, 0, 0);
        Widgets.BindText(column, mark, PlanTreeStore.MarkColumn, PlanTreeStore.WeightColumn);
        Interop.Gtk.TreeViewAppendColumn(_list, column);
    }

    /// <summary>Sets each column as wide as the widest of its <paramref name="longest"/> texts and its title.</summary>
    /// <remarks>
    /// The list is in fixed-height mode with columns of fixed sizing: left to itself, a GtkTreeView measures every
    /// row of the model (Pango shaping each cell), which for 60,000 rows took seconds of CPU (bench/window-fill).
    /// Here only each column's few longest texts (<see cref="PlanGroup.LongestCells"/>) are measured.
    /// </remarks>
    private void FitColumns(IReadOnlyList<IReadOnlyList<string>> longest)
    {
        using var layout = SafeGObjectHandle.Adopt(Interop.Gtk.WidgetCreatePangoLayout(_list, null));
        string[] titles = [Catalog.T("Package"), Catalog.T("Installed"), Catalog.T("New"), Catalog.T("Repository"), Catalog.T("Notes")];
        _columnsWidth = 0;
        for (var column = 0; column < titles.Length; column++)
        {
            var texts = column < longest.Count ? longest[column] : [];
            var widest = texts.Append(titles[column]).Max(text => Width(layout, text));

            // Room for the widest name followed by the mark (each cell is sized per row, the mark right after the name).
            var room = column == PlanTreeStore.PackageColumn ? CellPadding + ExpanderRoom + IconRoom + Width(layout, PlanRow.SecurityMark) : CellPadding;
            Interop.Gtk.TreeViewColumnSetFixedWidth(Interop.Gtk.TreeViewGetColumn(_list, column), widest + room);
            _columnsWidth += widest + room;
        }
    }

    /// <summary>The text's width in pixels, in bold (a group's title is bold; a row is never wider for it).</summary>
    private static int Width(SafeGObjectHandle layout, string text)
    {
        var attributes = Interop.Pango.AttrListNew();
        Interop.Pango.AttrListInsert(attributes, Interop.Pango.AttrWeightNew(Interop.Pango.PANGO_WEIGHT_BOLD));
        Interop.Pango.LayoutSetAttributes(layout, attributes);
        Interop.Pango.AttrListUnref(attributes);
        Interop.Pango.LayoutSetText(layout, text, -1);
        Interop.Pango.LayoutGetPixelSize(layout, out var width, out _);
        return width;
    }
}
