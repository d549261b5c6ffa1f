namespace UpdateStation.Gtk;

/// <summary>One reference to a GObject (a widget, a store), dropped with g_object_unref.</summary>
/// <remarks>
/// <see cref="Own"/> sinks a floating reference (a new widget) or, for an object someone else already holds (a
/// toplevel window, which GTK keeps in its list), adds one: either way the handle owns exactly one reference.
/// Dispose it on the GTK thread.
/// </remarks>
internal sealed class SafeGObjectHandle : SafeHandle
{
    public SafeGObjectHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Takes a reference to a newly created widget (floating or held by GTK).</summary>
    public static SafeGObjectHandle Own(IntPtr instance)
    {
        var owned = new SafeGObjectHandle();
        owned.SetHandle(Interop.GObject.RefSink(NotNull(instance)));
        return owned;
    }

    /// <summary>Adopts the full reference a constructor returned to its caller (a tree store).</summary>
    public static SafeGObjectHandle Adopt(IntPtr instance)
    {
        var owned = new SafeGObjectHandle();
        owned.SetHandle(NotNull(instance));
        return owned;
    }

    protected override bool ReleaseHandle()
    {
        Interop.GObject.Unref(handle);
        return true;
    }

    private static IntPtr NotNull(IntPtr instance) =>
        instance != IntPtr.Zero ? instance : throw new InvalidOperationException("GTK could not create a widget.");
}
