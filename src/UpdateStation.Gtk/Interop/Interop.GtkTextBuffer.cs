namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        /// <summary>
        /// Room for a GtkTextIter, a stack value of 14 pointer-sized fields in GTK 3 (80 bytes on 64-bit): more than
        /// enough, never read by us.
        /// </summary>
        internal const int TextIterSize = 128;

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_text_buffer_get_end_iter")]
        internal static unsafe partial void TextBufferGetEndIter(IntPtr buffer, byte* iter);

        /// <summary>Inserts plain text (never markup) at <paramref name="iter"/>; -1: up to the terminating NUL.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_text_buffer_insert", StringMarshalling = StringMarshalling.Utf8)]
        internal static unsafe partial void TextBufferInsert(IntPtr buffer, byte* iter, string text, int length);

        /// <summary>Replaces the whole text (plain text, never markup).</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_text_buffer_set_text", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void TextBufferSetText(IntPtr buffer, string text, int length);

        /// <summary>A named mark owned by the buffer; with right gravity (leftGravity 0) it stays after text inserted at it.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_text_buffer_create_mark", StringMarshalling = StringMarshalling.Utf8)]
        internal static unsafe partial IntPtr TextBufferCreateMark(IntPtr buffer, string? name, byte* where, int leftGravity);
    }
}
