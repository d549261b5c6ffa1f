namespace UpdateStation.Gtk;

internal static partial class Interop
{
    /// <summary>GdkRectangle: x, y, width, height.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct GdkRectangle
    {
        public int X;
        public int Y;
        public int Width;
        public int Height;
    }

    internal static partial class Gdk
    {
        [LibraryImport(Libraries.Gdk, EntryPoint = "gdk_display_get_default")]
        internal static partial IntPtr DisplayGetDefault();

        /// <summary>The primary monitor; null when the display names none (Xvfb, some window managers).</summary>
        [LibraryImport(Libraries.Gdk, EntryPoint = "gdk_display_get_primary_monitor")]
        internal static partial IntPtr DisplayGetPrimaryMonitor(IntPtr display);

        [LibraryImport(Libraries.Gdk, EntryPoint = "gdk_display_get_monitor")]
        internal static partial IntPtr DisplayGetMonitor(IntPtr display, int number);

        /// <summary>The monitor's area less the panels (the window manager's work area).</summary>
        [LibraryImport(Libraries.Gdk, EntryPoint = "gdk_monitor_get_workarea")]
        internal static partial void MonitorGetWorkarea(IntPtr monitor, out GdkRectangle workarea);
    }

    internal static partial class Gtk
    {
        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_window_resize")]
        internal static partial void WindowResize(SafeGObjectHandle window, int width, int height);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_window_get_size")]
        internal static partial void WindowGetSize(SafeGObjectHandle window, out int width, out int height);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_label_set_selectable")]
        internal static partial void LabelSetSelectable(SafeGObjectHandle label, int selectable);
    }
}
