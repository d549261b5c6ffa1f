namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        /// <summary>A collapsible container whose label's underscore marks its Alt mnemonic.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_expander_new_with_mnemonic", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial IntPtr ExpanderNewWithMnemonic(string label);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_expander_set_expanded")]
        internal static partial void ExpanderSetExpanded(SafeGObjectHandle expander, int expanded);
    }
}
