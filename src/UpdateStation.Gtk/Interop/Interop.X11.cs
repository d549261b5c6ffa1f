namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static unsafe partial class X11
    {
        /// <summary>
        /// Sets Xlib's handler for a broken connection to the X server (XSetIOErrorHandler(3)); returns the previous
        /// one. If the handler returns, Xlib exits the process itself.
        /// </summary>
        [LibraryImport(Libraries.X11, EntryPoint = "XSetIOErrorHandler")]
        internal static partial IntPtr SetIOErrorHandler(delegate* unmanaged[Cdecl]<IntPtr, int> handler);
    }
}
