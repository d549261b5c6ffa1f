namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        /// <summary>A new layout in the widget's font and direction; the caller owns it.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_widget_create_pango_layout", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial IntPtr WidgetCreatePangoLayout(SafeGObjectHandle widget, string? text);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_widget_show_all")]
        internal static partial void WidgetShowAll(SafeGObjectHandle widget);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_widget_set_visible")]
        internal static partial void WidgetSetVisible(SafeGObjectHandle widget, int visible);

        /// <summary>Keeps gtk_widget_show_all from showing a widget whose visibility we decide ourselves.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_widget_set_no_show_all")]
        internal static partial void WidgetSetNoShowAll(SafeGObjectHandle widget, int noShowAll);

        /// <summary>The smallest size the widget asks for; -1 leaves a dimension to its content.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_widget_set_size_request")]
        internal static partial void WidgetSetSizeRequest(SafeGObjectHandle widget, int width, int height);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_widget_set_sensitive")]
        internal static partial void WidgetSetSensitive(SafeGObjectHandle widget, int sensitive);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_widget_destroy")]
        internal static partial void WidgetDestroy(SafeGObjectHandle widget);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_widget_grab_focus")]
        internal static partial void WidgetGrabFocus(SafeGObjectHandle widget);

        /// <summary>The widget's AtkObject; owned by the widget (not referenced for the caller).</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_widget_get_accessible")]
        internal static partial IntPtr WidgetGetAccessible(SafeGObjectHandle widget);
    }
}
