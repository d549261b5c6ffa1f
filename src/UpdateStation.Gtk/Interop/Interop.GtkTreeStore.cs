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

    internal static unsafe partial class Gtk
    {
        /// <summary>A new store (not floating: the caller owns the one reference).</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_store_newv")]
        internal static partial IntPtr TreeStoreNewv(int columns, [In] nuint[] types);

        /// <summary>
        /// Inserts a row under <paramref name="parent"/> (null: top level) at <paramref name="position"/> with its
        /// values, in one row-inserted signal; the store copies the values.
        /// </summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_store_insert_with_valuesv")]
        internal static partial void TreeStoreInsertWithValues(
            SafeGObjectHandle store, out GtkTreeIter iter, GtkTreeIter* parent, int position, int* columns, GValue* values, int count);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_tree_store_clear")]
        internal static partial void TreeStoreClear(SafeGObjectHandle store);
    }
}
