namespace UpdateStation.Gtk;

/// <summary>The one thread that may call GTK: the thread that initialised it and runs its main loop.</summary>
internal static class GtkThread
{
    private static int s_threadId;

    public static bool IsCurrent => Environment.CurrentManagedThreadId == Volatile.Read(ref s_threadId);

    /// <summary>Opens the display on the calling thread; false when there is none to open.</summary>
    public static bool TryInitialize(string programName, string applicationName)
    {
        Volatile.Write(ref s_threadId, Environment.CurrentManagedThreadId);

        // The program name becomes WM_CLASS and the application's name on the accessibility bus.
        Interop.GLib.SetPrgname(programName);
        Interop.GLib.SetApplicationName(applicationName);
        return Interop.Gtk.InitCheck(IntPtr.Zero, IntPtr.Zero) != 0;
    }
}
