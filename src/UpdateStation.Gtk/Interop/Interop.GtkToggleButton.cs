namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        /// <summary>A check box (a GtkToggleButton) whose label's underscore marks its Alt mnemonic.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_check_button_new_with_mnemonic", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial IntPtr CheckButtonNewWithMnemonic(string label);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_toggle_button_get_active")]
        internal static partial int ToggleButtonGetActive(SafeGObjectHandle button);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_toggle_button_set_active")]
        internal static partial void ToggleButtonSetActive(SafeGObjectHandle button, int active);
    }
}
