namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gdk
    {
        internal const uint GDK_KEY_Escape = 0xff1b;

        [LibraryImport(Libraries.Gdk, EntryPoint = "gdk_event_get_keyval")]
        internal static partial int EventGetKeyval(IntPtr gdkEvent, out uint keyval);
    }
}
