namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static unsafe partial class GLib
    {
        /// <summary>G_PRIORITY_DEFAULT_IDLE: after input and redraws, as g_idle_add itself uses.</summary>
        internal const int G_PRIORITY_DEFAULT_IDLE = 200;

        internal const int G_PRIORITY_DEFAULT = 0;

        // gboolean (*GSourceFunc)(gpointer user_data); void (*GDestroyNotify)(gpointer data)
        [LibraryImport(Libraries.GLib, EntryPoint = "g_idle_add_full")]
        internal static partial uint IdleAddFull(
            int priority,
            delegate* unmanaged[Cdecl]<IntPtr, int> function,
            IntPtr data,
            delegate* unmanaged[Cdecl]<IntPtr, void> notify);

        [LibraryImport(Libraries.GLib, EntryPoint = "g_timeout_add_full")]
        internal static partial uint TimeoutAddFull(
            int priority,
            uint intervalMilliseconds,
            delegate* unmanaged[Cdecl]<IntPtr, int> function,
            IntPtr data,
            delegate* unmanaged[Cdecl]<IntPtr, void> notify);

        [LibraryImport(Libraries.GLib, EntryPoint = "g_source_remove")]
        internal static partial int SourceRemove(uint tag);

        [LibraryImport(Libraries.GLib, EntryPoint = "g_set_prgname", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void SetPrgname(string name);

        [LibraryImport(Libraries.GLib, EntryPoint = "g_set_application_name", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void SetApplicationName(string name);
    }
}
