namespace UpdateStation.Gtk;

/// <summary>
/// Managed code behind GLib sources and GObject signals: static [UnmanagedCallersOnly] functions taken by address,
/// the target travelling as a GCHandle that the source's or signal's destroy notification frees.
/// </summary>
/// <remarks>
/// No delegate is marshalled (NativeAOT has no reverse-P/Invoke stubs for them). An exception never crosses into C:
/// it is handed to <see cref="GtkMainLoop.Fail"/>, which ends the loop and rethrows it from <see cref="GtkMainLoop.Run"/>.
/// </remarks>
internal static unsafe class GLibCallbacks
{
    /// <summary>Runs <paramref name="work"/> once on the GTK thread, at idle priority (g_idle_add); safe from any thread.</summary>
    public static void Idle(Action work) =>
        _ = Interop.GLib.IdleAddFull(Interop.GLib.G_PRIORITY_DEFAULT_IDLE, &RunSource, Alloc(work), &FreeSource);

    /// <summary>Runs <paramref name="work"/> on the GTK thread at idle priority, again and again while it returns true.</summary>
    public static void IdleRepeating(Func<bool> work) =>
        _ = Interop.GLib.IdleAddFull(Interop.GLib.G_PRIORITY_DEFAULT_IDLE, &RunRepeating, Alloc(work), &FreeSource);

    /// <summary>Runs <paramref name="work"/> on the GTK thread every <paramref name="interval"/> while it returns true.</summary>
    public static uint Timeout(TimeSpan interval, Func<bool> work) =>
        Interop.GLib.TimeoutAddFull(Interop.GLib.G_PRIORITY_DEFAULT, (uint)interval.TotalMilliseconds, &RunRepeating, Alloc(work), &FreeSource);

    /// <summary>Connects a signal whose handler is (instance, user_data) → void ("clicked", "destroy").</summary>
    public static void Connect(SafeGObjectHandle instance, string signal, Action handler) =>
        _ = Interop.GObject.SignalConnectData(instance, signal, (delegate* unmanaged[Cdecl]<IntPtr, IntPtr, void>)&RunSignal, Alloc(handler), &FreeClosure, 0);

    /// <summary>Connects an event signal (instance, GdkEvent*, user_data) → gboolean; the handler returns "handled".</summary>
    public static void ConnectEvent(SafeGObjectHandle instance, string signal, Func<IntPtr, bool> handler) =>
        _ = Interop.GObject.SignalConnectData(instance, signal, (delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, int>)&RunEventSignal, Alloc(handler), &FreeClosure, 0);

    /// <summary>Connects GtkStatusIcon's "popup-menu" (icon, button, activate_time, user_data) → void.</summary>
    public static void ConnectPopupMenu(SafeGObjectHandle icon, Action handler) =>
        _ = Interop.GObject.SignalConnectData(icon, "popup-menu", (delegate* unmanaged[Cdecl]<IntPtr, uint, uint, IntPtr, void>)&RunPopupMenu, Alloc(handler), &FreeClosure, 0);

    /// <summary>Connects GtkDialog's "response" (dialog, response_id, user_data) → void.</summary>
    public static void ConnectResponse(SafeGObjectHandle dialog, Action<int> handler) =>
        _ = Interop.GObject.SignalConnectData(dialog, "response", (delegate* unmanaged[Cdecl]<IntPtr, int, IntPtr, void>)&RunResponse, Alloc(handler), &FreeClosure, 0);

    /// <summary>Connects GtkTreeView's "row-activated" (view, path, column, user_data) → void: Enter or a double click on a row.</summary>
    public static void ConnectRowActivated(SafeGObjectHandle view, Action handler) =>
        _ = Interop.GObject.SignalConnectData(view, "row-activated", (delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, IntPtr, void>)&RunRowActivated, Alloc(handler), &FreeClosure, 0);

    private static IntPtr Alloc(object target) => GCHandle.ToIntPtr(GCHandle.Alloc(target));

    private static T Target<T>(IntPtr data) => (T)GCHandle.FromIntPtr(data).Target!;

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int RunSource(IntPtr data)
    {
        Guard(() => Target<Action>(data)());
        return 0; // G_SOURCE_REMOVE
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int RunRepeating(IntPtr data)
    {
        var again = false;
        Guard(() => again = Target<Func<bool>>(data)());
        return again ? 1 : 0;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void RunSignal(IntPtr instance, IntPtr data) => Guard(() => Target<Action>(data)());

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void RunPopupMenu(IntPtr icon, uint button, uint activateTime, IntPtr data) => Guard(() => Target<Action>(data)());

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void RunResponse(IntPtr dialog, int response, IntPtr data) => Guard(() => Target<Action<int>>(data)(response));

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void RunRowActivated(IntPtr view, IntPtr path, IntPtr column, IntPtr data) => Guard(() => Target<Action>(data)());

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int RunEventSignal(IntPtr instance, IntPtr gdkEvent, IntPtr data)
    {
        var handled = false;
        Guard(() => handled = Target<Func<IntPtr, bool>>(data)(gdkEvent));
        return handled ? 1 : 0;
    }

    // GDestroyNotify: the source is gone; its handle is freed exactly once, here.
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void FreeSource(IntPtr data) => GCHandle.FromIntPtr(data).Free();

    // GClosureNotify (data, closure): the handler was disconnected or its object finalized.
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void FreeClosure(IntPtr data, IntPtr closure) => GCHandle.FromIntPtr(data).Free();

    private static void Guard(Action callback)
    {
        try
        {
            callback();
        }
        catch (Exception ex)
        {
            GtkMainLoop.Fail(ex);
        }
    }
}
