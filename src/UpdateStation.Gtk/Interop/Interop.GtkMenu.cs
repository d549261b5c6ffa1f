namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_menu_new")]
        internal static partial IntPtr MenuNew();

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_menu_item_new_with_mnemonic", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial IntPtr MenuItemNewWithMnemonic(string label);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_separator_menu_item_new")]
        internal static partial IntPtr SeparatorMenuItemNew();

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_menu_shell_append")]
        internal static partial void MenuShellAppend(SafeGObjectHandle menu, SafeGObjectHandle item);

        /// <summary>Pops the menu up at the pointer; a null event means the current one (the click that asked).</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_menu_popup_at_pointer")]
        internal static partial void MenuPopupAtPointer(SafeGObjectHandle menu, IntPtr triggerEvent);
    }
}
