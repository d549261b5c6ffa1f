namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Atk
    {
        [LibraryImport(Libraries.Atk, EntryPoint = "atk_object_set_name", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void ObjectSetName(IntPtr accessible, string name);

        [LibraryImport(Libraries.Atk, EntryPoint = "atk_object_set_description", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void ObjectSetDescription(IntPtr accessible, string description);
    }
}
