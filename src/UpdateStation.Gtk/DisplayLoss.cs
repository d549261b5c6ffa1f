namespace UpdateStation.Gtk;

/// <summary>What a GTK process of ours does when its X server goes away: one line on standard error, exit 1.</summary>
/// <remarks>
/// Xlib calls its I/O error handler when the connection breaks (the server stopped or crashed, the session ended),
/// and exits if the handler returns. GDK's own handler (gdk_x_io_error) exits 1 and logs a broken pipe at debug
/// level only, so the process vanished without a word. Ours, set once GTK has opened the display, replaces it: it
/// unpublishes the process's state, says what happened in one line and exits 1 (the status of every error). It
/// never returns into Xlib, and GTK is not called again. Under Wayland Xlib is not in use and nothing changes.
/// </remarks>
internal static unsafe class DisplayLoss
{
    private static Action? s_lost;

    /// <summary>From now on a lost X connection runs <paramref name="lost"/> (unpublish, say so) and exits 1.</summary>
    public static void ExitWhenLost(Action lost)
    {
        Debug.Assert(GtkThread.IsCurrent);
        s_lost = lost;
        try
        {
            _ = Interop.X11.SetIOErrorHandler(&OnIOError);
        }
        catch (DllNotFoundException)
        {
            // A GTK built without X11: no Xlib connection to lose.
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int OnIOError(IntPtr display)
    {
        try
        {
            s_lost?.Invoke();
        }
        finally
        {
            Environment.Exit(1);
        }

        return 0;
    }
}
