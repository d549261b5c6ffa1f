namespace UpdateStation.Gtk;

internal static partial class Interop
{
    // GtkStatusIcon: deprecated since GTK 3.14 and the only XEmbed tray icon GTK 3 has; the legacy icon needs it.
    internal static partial class Gtk
    {
        /// <summary>A new status icon (a plain GObject: the caller owns the one reference).</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_status_icon_new_from_icon_name", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial IntPtr StatusIconNewFromIconName(string iconName);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_status_icon_set_from_icon_name", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void StatusIconSetFromIconName(SafeGObjectHandle icon, string iconName);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_status_icon_set_tooltip_text", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void StatusIconSetTooltipText(SafeGObjectHandle icon, string text);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_status_icon_set_title", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void StatusIconSetTitle(SafeGObjectHandle icon, string title);

        /// <summary>The name trays may use to tell icons apart (also the icon window's WM_CLASS).</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_status_icon_set_name", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void StatusIconSetName(SafeGObjectHandle icon, string name);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_status_icon_set_visible")]
        internal static partial void StatusIconSetVisible(SafeGObjectHandle icon, int visible);
    }
}
