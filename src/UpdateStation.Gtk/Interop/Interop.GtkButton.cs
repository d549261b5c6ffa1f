namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        /// <summary>A button whose label's underscore marks its Alt mnemonic; the accessible name is the label without it.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_button_new_with_mnemonic", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial IntPtr ButtonNewWithMnemonic(string label);
    }
}
