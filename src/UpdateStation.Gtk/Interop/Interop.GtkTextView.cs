namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        internal enum GtkWrapMode
        {
            GTK_WRAP_NONE = 0,
            GTK_WRAP_CHAR = 1,
            GTK_WRAP_WORD = 2,
            GTK_WRAP_WORD_CHAR = 3,
        }

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_text_view_new")]
        internal static partial IntPtr TextViewNew();

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_text_view_set_editable")]
        internal static partial void TextViewSetEditable(SafeGObjectHandle view, int editable);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_text_view_set_cursor_visible")]
        internal static partial void TextViewSetCursorVisible(SafeGObjectHandle view, int visible);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_text_view_set_wrap_mode")]
        internal static partial void TextViewSetWrapMode(SafeGObjectHandle view, GtkWrapMode mode);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_text_view_set_monospace")]
        internal static partial void TextViewSetMonospace(SafeGObjectHandle view, int monospace);

        /// <summary>The view's GtkTextBuffer; owned by the view (no reference for the caller).</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_text_view_get_buffer")]
        internal static partial IntPtr TextViewGetBuffer(SafeGObjectHandle view);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_text_view_scroll_to_mark")]
        internal static partial void TextViewScrollToMark(SafeGObjectHandle view, IntPtr mark, double withinMargin, int useAlign, double xalign, double yalign);
    }
}
