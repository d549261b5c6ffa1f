namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        internal enum GtkResponseType
        {
            GTK_RESPONSE_DELETE_EVENT = -4,
            GTK_RESPONSE_ACCEPT = -3,
            GTK_RESPONSE_CANCEL = -6,
        }

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_dialog_new")]
        internal static partial IntPtr DialogNew();

        /// <summary>A button in the dialog's action area (owned by the dialog, not referenced for the caller).</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_dialog_add_button", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial IntPtr DialogAddButton(SafeGObjectHandle dialog, string mnemonicLabel, GtkResponseType response);

        /// <summary>The response Enter gives: its button becomes the default (and, here, has the focus).</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_dialog_set_default_response")]
        internal static partial void DialogSetDefaultResponse(SafeGObjectHandle dialog, GtkResponseType response);

        /// <summary>The dialog's content box (owned by the dialog).</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_dialog_get_content_area")]
        internal static partial IntPtr DialogGetContentArea(SafeGObjectHandle dialog);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_window_set_transient_for")]
        internal static partial void WindowSetTransientFor(SafeGObjectHandle window, SafeGObjectHandle parent);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_window_set_modal")]
        internal static partial void WindowSetModal(SafeGObjectHandle window, int modal);
    }
}
