namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        internal enum GtkWindowType
        {
            GTK_WINDOW_TOPLEVEL = 0,
        }

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_window_new")]
        internal static partial IntPtr WindowNew(GtkWindowType type);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_window_set_title", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void WindowSetTitle(SafeGObjectHandle window, string title);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_window_set_icon_name", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void WindowSetIconName(SafeGObjectHandle window, string name);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_window_set_default_size")]
        internal static partial void WindowSetDefaultSize(SafeGObjectHandle window, int width, int height);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_window_present")]
        internal static partial void WindowPresent(SafeGObjectHandle window);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_window_is_active")]
        internal static partial int WindowIsActive(SafeGObjectHandle window);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_window_set_urgency_hint")]
        internal static partial void WindowSetUrgencyHint(SafeGObjectHandle window, int urgent);
    }
}
