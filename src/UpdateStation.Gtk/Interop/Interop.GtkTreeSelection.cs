namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        /// <summary>The view's GtkTreeSelection (owned by the view).</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_get_selection")]
        internal static partial IntPtr TreeViewGetSelection(SafeGObjectHandle view);

        /// <summary>The selected row of a single-selection view; false when none is selected. The model is not referenced for the caller.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_selection_get_selected")]
        internal static partial int TreeSelectionGetSelected(IntPtr selection, out IntPtr model, out GtkTreeIter iter);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_selection_select_iter")]
        internal static partial void TreeSelectionSelectIter(IntPtr selection, ref GtkTreeIter iter);

        /// <summary>Copies the row's value in <paramref name="column"/> into an unset GValue (unset it afterwards).</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_model_get_value")]
        internal static partial void TreeModelGetValue(IntPtr model, ref GtkTreeIter iter, int column, ref GValue value);

        /// <summary>The first child of <paramref name="parent"/>; false when it has none.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_model_iter_children")]
        internal static unsafe partial int TreeModelIterChildren(SafeGObjectHandle model, out GtkTreeIter iter, GtkTreeIter* parent);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_cell_renderer_pixbuf_new")]
        internal static partial IntPtr CellRendererPixbufNew();
    }

    internal static partial class GObject
    {
        [LibraryImport(Libraries.GObject, EntryPoint = "g_value_get_int")]
        internal static partial int ValueGetInt(ref GValue value);
    }
}
