namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        internal enum GtkOrientation
        {
            GTK_ORIENTATION_HORIZONTAL = 0,
            GTK_ORIENTATION_VERTICAL = 1,
        }

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_container_add")]
        internal static partial void ContainerAdd(SafeGObjectHandle container, SafeGObjectHandle widget);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_container_set_border_width")]
        internal static partial void ContainerSetBorderWidth(SafeGObjectHandle container, uint width);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_box_new")]
        internal static partial IntPtr BoxNew(GtkOrientation orientation, int spacing);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_box_pack_start")]
        internal static partial void BoxPackStart(SafeGObjectHandle box, SafeGObjectHandle child, int expand, int fill, uint padding);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_box_pack_end")]
        internal static partial void BoxPackEnd(SafeGObjectHandle box, SafeGObjectHandle child, int expand, int fill, uint padding);
    }
}
