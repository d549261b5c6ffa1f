namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        internal enum GtkAlign
        {
            GTK_ALIGN_FILL = 0,
            GTK_ALIGN_START = 1,
            GTK_ALIGN_END = 2,
            GTK_ALIGN_CENTER = 3,
        }

        /// <summary>An image of the theme's icon <paramref name="name"/> at a GtkIconSize.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_image_new_from_icon_name", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial IntPtr ImageNewFromIconName(string name, int size);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_widget_set_can_focus")]
        internal static partial void WidgetSetCanFocus(SafeGObjectHandle widget, int canFocus);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_widget_set_valign")]
        internal static partial void WidgetSetValign(SafeGObjectHandle widget, GtkAlign align);
    }
}
