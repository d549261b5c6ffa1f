using UpdateStation.Gtk.Content;

namespace UpdateStation.Gtk;

internal sealed partial class UpdateWindow
{
    /// <summary>Room for the cell's padding and, in the first column, the expander and the rows' indentation.</summary>
    private const int CellPadding = 16;
    private const int ExpanderRoom = 40;

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
        for (var column = 0; column < titles.Length; column++)
        {
            var texts = column < longest.Count ? longest[column] : [];
            var widest = texts.Append(titles[column]).Max(text => Width(layout, text));
            var room = column == PlanTreeStore.PackageColumn ? CellPadding + ExpanderRoom : CellPadding;
            Interop.Gtk.TreeViewColumnSetFixedWidth(Interop.Gtk.TreeViewGetColumn(_list, column), widest + room);
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
