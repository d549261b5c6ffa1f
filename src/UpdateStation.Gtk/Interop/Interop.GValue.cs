namespace UpdateStation.Gtk;

internal static partial class Interop
{
    /// <summary>GValue: a GType and two 64-bit data words (24 bytes on LP64).</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct GValue
    {
        private nuint _type;
        private ulong _data0;
        private ulong _data1;
    }

    internal static partial class GObject
    {
        // G_TYPE_MAKE_FUNDAMENTAL(n) = n << 2 (gtype.h).
        internal const nuint G_TYPE_BOOLEAN = 5 << 2;
        internal const nuint G_TYPE_INT = 6 << 2;
        internal const nuint G_TYPE_STRING = 16 << 2;

        [LibraryImport(Libraries.GObject, EntryPoint = "g_value_init")]
        internal static partial IntPtr ValueInit(ref GValue value, nuint type);

        /// <summary>Copies the string: the GValue owns its copy until g_value_unset.</summary>
        [LibraryImport(Libraries.GObject, EntryPoint = "g_value_set_string", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void ValueSetString(ref GValue value, string? text);

        [LibraryImport(Libraries.GObject, EntryPoint = "g_value_set_int")]
        internal static partial void ValueSetInt(ref GValue value, int number);

        [LibraryImport(Libraries.GObject, EntryPoint = "g_value_set_boolean")]
        internal static partial void ValueSetBoolean(ref GValue value, int flag);

        [LibraryImport(Libraries.GObject, EntryPoint = "g_value_unset")]
        internal static partial void ValueUnset(ref GValue value);
    }
}
