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

        [LibraryImport(Libraries.Pango, EntryPoint = "pango_attr_scale_new")]
        internal static partial IntPtr AttrScaleNew(double scale);
    }
}
