namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_new_with_model")]
        internal static partial IntPtr TreeViewNewWithModel(SafeGObjectHandle model);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_append_column")]
        internal static partial int TreeViewAppendColumn(SafeGObjectHandle view, SafeGObjectHandle column);

        /// <summary>Expands the row at <paramref name="path"/> (a GtkTreePath*); false when it has no children.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_expand_row")]
        internal static partial int TreeViewExpandRow(SafeGObjectHandle view, IntPtr path, int openAll);

        /// <summary>A new path to the first row ("0"); freed with gtk_tree_path_free.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_path_new_first")]
        internal static partial IntPtr TreePathNewFirst();

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_path_free")]
        internal static partial void TreePathFree(IntPtr path);

        /// <summary>Rows are as high as the first: the view measures the rows on screen only, not every row of the model.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_set_fixed_height_mode")]
        internal static partial void TreeViewSetFixedHeightMode(SafeGObjectHandle view, int enable);

        /// <summary>The view's column at <paramref name="position"/> (not a new reference).</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_get_column")]
        internal static partial IntPtr TreeViewGetColumn(SafeGObjectHandle view, int position);

        /// <summary>GTK_TREE_VIEW_COLUMN_FIXED (2): the column is as wide as it is told, not as its widest row.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_column_set_sizing")]
        internal static partial void TreeViewColumnSetSizing(SafeGObjectHandle column, int sizing);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_column_set_fixed_width")]
        internal static partial void TreeViewColumnSetFixedWidth(IntPtr column, int width);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_column_new")]
        internal static partial IntPtr TreeViewColumnNew();

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_column_set_title", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void TreeViewColumnSetTitle(SafeGObjectHandle column, string title);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_column_set_resizable")]
        internal static partial void TreeViewColumnSetResizable(SafeGObjectHandle column, int resizable);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_column_pack_start")]
        internal static partial void TreeViewColumnPackStart(SafeGObjectHandle column, SafeGObjectHandle renderer, int expand);

        /// <summary>The column's GtkCellAreaBox (transfer none).</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_cell_layout_get_area")]
        internal static partial IntPtr CellLayoutGetArea(SafeGObjectHandle layout);

        /// <summary>Packs a renderer into a cell area box; <paramref name="fixedSize"/> 0 sizes it per row, not once for all rows.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_cell_area_box_pack_start")]
        internal static partial void CellAreaBoxPackStart(IntPtr box, SafeGObjectHandle renderer, int expand, int align, int fixedSize);

        /// <summary>Binds a renderer property ("text", never "markup") to a model column.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_column_add_attribute", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void TreeViewColumnAddAttribute(SafeGObjectHandle column, SafeGObjectHandle renderer, string attribute, int modelColumn);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_cell_renderer_text_new")]
        internal static partial IntPtr CellRendererTextNew();
    }
}
