namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        // Only the text setters: package names and versions are never parsed as markup.
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_label_new", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial IntPtr LabelNew(string? text);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_label_set_text", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void LabelSetText(SafeGObjectHandle label, string text);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_label_set_xalign")]
        internal static partial void LabelSetXalign(SafeGObjectHandle label, float xalign);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_label_set_line_wrap")]
        internal static partial void LabelSetLineWrap(SafeGObjectHandle label, int wrap);

        /// <summary>Formatting as Pango attributes (the label keeps its own reference to the list), never as markup.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_label_set_attributes")]
        internal static partial void LabelSetAttributes(SafeGObjectHandle label, IntPtr attributes);
    }
}
