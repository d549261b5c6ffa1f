namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_new_with_model")]
        internal static partial IntPtr TreeViewNewWithModel(SafeGObjectHandle model);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_append_column")]
        internal static partial int TreeViewAppendColumn(SafeGObjectHandle view, SafeGObjectHandle column);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_expand_all")]
        internal static partial void TreeViewExpandAll(SafeGObjectHandle view);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_column_new")]
        internal static partial IntPtr TreeViewColumnNew();

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_column_set_title", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void TreeViewColumnSetTitle(SafeGObjectHandle column, string title);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_column_set_resizable")]
        internal static partial void TreeViewColumnSetResizable(SafeGObjectHandle column, int resizable);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_column_pack_start")]
        internal static partial void TreeViewColumnPackStart(SafeGObjectHandle column, SafeGObjectHandle renderer, int expand);

        /// <summary>Binds a renderer property ("text", never "markup") to a model column.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_view_column_add_attribute", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void TreeViewColumnAddAttribute(SafeGObjectHandle column, SafeGObjectHandle renderer, string attribute, int modelColumn);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_cell_renderer_text_new")]
        internal static partial IntPtr CellRendererTextNew();
    }
}
