namespace UpdateStation.Gtk;

internal static partial class Interop
{
    /// <summary>GtkTreeIter: a stamp and three pointers, filled by the model.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct GtkTreeIter
    {
        private int _stamp;
        private IntPtr _userData;
        private IntPtr _userData2;
        private IntPtr _userData3;
    }

    internal static partial class Gtk
    {
        /// <summary>A new store (not floating: the caller owns the one reference).</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_store_newv")]
        internal static partial IntPtr TreeStoreNewv(int columns, [In] nuint[] types);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_store_append")]
        internal static partial void TreeStoreAppend(SafeGObjectHandle store, out GtkTreeIter iter, ref GtkTreeIter parent);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_store_append")]
        internal static partial void TreeStoreAppendTopLevel(SafeGObjectHandle store, out GtkTreeIter iter, IntPtr parent);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_store_set_value")]
        internal static partial void TreeStoreSetValue(SafeGObjectHandle store, ref GtkTreeIter iter, int column, ref GValue value);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_store_clear")]
        internal static partial void TreeStoreClear(SafeGObjectHandle store);
    }
}
