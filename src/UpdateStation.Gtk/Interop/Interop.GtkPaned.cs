namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_paned_new")]
        internal static partial IntPtr PanedNew(GtkOrientation orientation);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_paned_pack1")]
        internal static partial void PanedPack1(SafeGObjectHandle paned, SafeGObjectHandle child, int resize, int shrink);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_paned_pack2")]
        internal static partial void PanedPack2(SafeGObjectHandle paned, SafeGObjectHandle child, int resize, int shrink);
    }
}
