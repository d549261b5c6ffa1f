namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Pango
    {
        internal const int PANGO_WEIGHT_BOLD = 700;

        [LibraryImport(Libraries.Pango, EntryPoint = "pango_attr_list_new")]
        internal static partial IntPtr AttrListNew();

        [LibraryImport(Libraries.Pango, EntryPoint = "pango_attr_list_unref")]
        internal static partial void AttrListUnref(IntPtr list);

        /// <summary>Takes ownership of <paramref name="attribute"/>.</summary>
        [LibraryImport(Libraries.Pango, EntryPoint = "pango_attr_list_insert")]
        internal static partial void AttrListInsert(IntPtr list, IntPtr attribute);

        [LibraryImport(Libraries.Pango, EntryPoint = "pango_attr_weight_new")]
        internal static partial IntPtr AttrWeightNew(int weight);

        /// <summary>Attributes for a layout (a copy is kept; the caller keeps its own list).</summary>
        [LibraryImport(Libraries.Pango, EntryPoint = "pango_layout_set_attributes")]
        internal static partial void LayoutSetAttributes(SafeGObjectHandle layout, IntPtr list);

        [LibraryImport(Libraries.Pango, EntryPoint = "pango_layout_set_text", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void LayoutSetText(SafeGObjectHandle layout, string text, int length);

        [LibraryImport(Libraries.Pango, EntryPoint = "pango_layout_get_pixel_size")]
        internal static partial void LayoutGetPixelSize(SafeGObjectHandle layout, out int width, out int height);

        [LibraryImport(Libraries.Pango, EntryPoint = "pango_attr_scale_new")]
        internal static partial IntPtr AttrScaleNew(double scale);
    }
}
