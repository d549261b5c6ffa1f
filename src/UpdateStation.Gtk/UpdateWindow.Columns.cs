using UpdateStation.Gtk.Content;

namespace UpdateStation.Gtk;

internal sealed partial class UpdateWindow
{
    /// <summary>Room for the cell's padding and, in the first column, the expander and the rows' indentation.</summary>
    private const int CellPadding = 16;
    private const int ExpanderRoom = 40;

    /// <summary>The few longest texts of a column that are measured: the widest is nearly always among them.</summary>
    private const int Measured = 4;

    /// <summary>Sets each column as wide as its widest text of <paramref name="groups"/> (and its title).</summary>
    /// <remarks>
    /// The list is in fixed-height mode with columns of fixed sizing: left to itself, a GtkTreeView measures every
    /// row of the model (Pango shaping each cell), which for 60,000 rows took seconds of CPU (bench/window-fill).
    /// Here a linear pass picks each column's longest texts and only those are measured.
    /// </remarks>
    private void FitColumns(IReadOnlyList<PlanGroup> groups)
    {
        using var layout = SafeGObjectHandle.Adopt(Interop.Gtk.WidgetCreatePangoLayout(_list, null));
        string[] titles = [Catalog.T("Package"), Catalog.T("Installed"), Catalog.T("New"), Catalog.T("Repository"), Catalog.T("Notes")];
        for (var column = 0; column < titles.Length; column++)
        {
            IEnumerable<string> texts = groups.SelectMany(group => group.Rows).Select(row => Cell(row, column));
            if (column == PlanTreeStore.PackageColumn)
            {
                texts = texts.Concat(groups.Select(group => group.Title));
            }

            var widest = texts.Append(titles[column]).OrderByDescending(text => text.Length).Take(Measured).Max(text => Width(layout, text));
            var room = column == PlanTreeStore.PackageColumn ? CellPadding + ExpanderRoom : CellPadding;
            Interop.Gtk.TreeViewColumnSetFixedWidth(Interop.Gtk.TreeViewGetColumn(_list, column), widest + room);
        }
    }

    private static string Cell(PlanRow row, int column) => column switch
    {
        PlanTreeStore.PackageColumn => row.Package,
        PlanTreeStore.InstalledColumn => row.Installed,
        PlanTreeStore.NewColumn => row.New,
        PlanTreeStore.RepositoryColumn => row.Repository,
        _ => row.Notes,
    };

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
