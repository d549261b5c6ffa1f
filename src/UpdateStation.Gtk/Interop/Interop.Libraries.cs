namespace UpdateStation.Gtk;

internal static partial class Interop
{
    /// <summary>The one place that names the GTK 3 stack's libraries (their Debian and FreeBSD sonames agree).</summary>
    internal static class Libraries
    {
        internal const string GLib = "libglib-2.0.so.0";
        internal const string GObject = "libgobject-2.0.so.0";
        internal const string Gdk = "libgdk-3.so.0";
        internal const string Gtk = "libgtk-3.so.0";
        internal const string Atk = "libatk-1.0.so.0";
        internal const string Pango = "libpango-1.0.so.0";
        internal const string X11 = "libX11.so.6";
    }
}
