namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static unsafe partial class GObject
    {
        [LibraryImport(Libraries.GObject, EntryPoint = "g_object_ref_sink")]
        internal static partial IntPtr RefSink(IntPtr instance);

        [LibraryImport(Libraries.GObject, EntryPoint = "g_object_unref")]
        internal static partial void Unref(IntPtr instance);

        /// <summary>
        /// g_signal_connect_data: <paramref name="handler"/> is any signal's C callback (its signature is the
        /// signal's); <paramref name="destroyData"/> (a GClosureNotify: data, closure) frees <paramref name="data"/>.
        /// </summary>
        [LibraryImport(Libraries.GObject, EntryPoint = "g_signal_connect_data", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial ulong SignalConnectData(
            SafeGObjectHandle instance,
            string detailedSignal,
            void* handler,
            IntPtr data,
            delegate* unmanaged[Cdecl]<IntPtr, IntPtr, void> destroyData,
            int connectFlags);

        [LibraryImport(Libraries.GObject, EntryPoint = "g_object_set_property", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void SetProperty(SafeGObjectHandle instance, string propertyName, ref GValue value);
    }
}
