namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        /// <summary>gtk_init_check(NULL, NULL): false when no display can be opened.</summary>
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_init_check")]
        internal static partial int InitCheck(IntPtr argc, IntPtr argv);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_main")]
        internal static partial void Main();

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_main_quit")]
        internal static partial void MainQuit();

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_main_level")]
        internal static partial uint MainLevel();
    }
}
