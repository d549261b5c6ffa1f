namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_progress_bar_new")]
        internal static partial IntPtr ProgressBarNew();

        /// <summary>0.0 to 1.0.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_progress_bar_set_fraction")]
        internal static partial void ProgressBarSetFraction(SafeGObjectHandle bar, double fraction);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_progress_bar_set_show_text")]
        internal static partial void ProgressBarSetShowText(SafeGObjectHandle bar, int show);

        /// <summary>Text drawn on the bar (plain text); null shows the percentage.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_progress_bar_set_text", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void ProgressBarSetText(SafeGObjectHandle bar, string? text);
    }
}
