namespace UpdateStation.Gtk;

/// <summary>Small builders over Interop for the widgets the window uses; each returns the one reference it owns.</summary>
internal static class Widgets
{
    private const int GTK_TREE_VIEW_COLUMN_FIXED = 2;

    public static SafeGObjectHandle Box(Interop.Gtk.GtkOrientation orientation, int spacing) =>
        SafeGObjectHandle.Own(Interop.Gtk.BoxNew(orientation, spacing));

    /// <summary>A framed scrolled window (scroll bars as needed) holding <paramref name="child"/>; the caller owns it.</summary>
    public static SafeGObjectHandle Scroller(SafeGObjectHandle child)
    {
        var scroller = SafeGObjectHandle.Own(Interop.Gtk.ScrolledWindowNew(IntPtr.Zero, IntPtr.Zero));
        Interop.Gtk.ScrolledWindowSetPolicy(scroller, Interop.Gtk.GtkPolicyType.GTK_POLICY_AUTOMATIC, Interop.Gtk.GtkPolicyType.GTK_POLICY_AUTOMATIC);
        Interop.Gtk.ScrolledWindowSetShadowType(scroller, Interop.Gtk.GtkShadowType.GTK_SHADOW_IN);
        Interop.Gtk.ContainerAdd(scroller, child);
        return scroller;
    }

    /// <summary>A left-aligned, wrapping label; the text is text (never markup).</summary>
    public static SafeGObjectHandle Label(string text = "")
    {
        var label = SafeGObjectHandle.Own(Interop.Gtk.LabelNew(text));
        Interop.Gtk.LabelSetXalign(label, 0);
        Interop.Gtk.LabelSetLineWrap(label, 1);
        return label;
    }

    /// <summary>A text view to read, not to edit: no cursor, monospace (logs, changelogs, history).</summary>
    public static void ReadOnlyText(SafeGObjectHandle view)
    {
        Interop.Gtk.TextViewSetEditable(view, 0);
        Interop.Gtk.TextViewSetCursorVisible(view, 0);
        Interop.Gtk.TextViewSetMonospace(view, 1);
    }

    /// <summary>Bold and larger, through Pango attributes: the header's text stays text.</summary>
    public static void Emphasize(SafeGObjectHandle label)
    {
        var attributes = Interop.Pango.AttrListNew();
        Interop.Pango.AttrListInsert(attributes, Interop.Pango.AttrWeightNew(Interop.Pango.PANGO_WEIGHT_BOLD));
        Interop.Pango.AttrListInsert(attributes, Interop.Pango.AttrScaleNew(1.2));
        Interop.Gtk.LabelSetAttributes(label, attributes);
        Interop.Pango.AttrListUnref(attributes);
    }

    /// <summary>Bold, through Pango attributes.</summary>
    public static void Bold(SafeGObjectHandle label)
    {
        var attributes = Interop.Pango.AttrListNew();
        Interop.Pango.AttrListInsert(attributes, Interop.Pango.AttrWeightNew(Interop.Pango.PANGO_WEIGHT_BOLD));
        Interop.Gtk.LabelSetAttributes(label, attributes);
        Interop.Pango.AttrListUnref(attributes);
    }

    public static SafeGObjectHandle Button(string mnemonicLabel, Action clicked)
    {
        var button = SafeGObjectHandle.Own(Interop.Gtk.ButtonNewWithMnemonic(mnemonicLabel));
        GLibCallbacks.Connect(button, "clicked", clicked);
        return button;
    }

    /// <summary>A resizable text column of fixed sizing bound to <paramref name="modelColumn"/> (through "text", never "markup").</summary>
    public static void AppendTextColumn(SafeGObjectHandle view, string title, int modelColumn, int weightColumn)
    {
        using var column = SafeGObjectHandle.Own(Interop.Gtk.TreeViewColumnNew());
        using var renderer = SafeGObjectHandle.Own(Interop.Gtk.CellRendererTextNew());
        Interop.Gtk.TreeViewColumnSetTitle(column, title);
        Interop.Gtk.TreeViewColumnSetResizable(column, 1);
        Interop.Gtk.TreeViewColumnSetSizing(column, GTK_TREE_VIEW_COLUMN_FIXED); // Widths: UpdateWindow.FitColumns.
        Interop.Gtk.TreeViewColumnPackStart(column, renderer, 1);
        BindText(column, renderer, modelColumn, weightColumn);
        Interop.Gtk.TreeViewAppendColumn(view, column);
    }

    /// <summary>Binds a text renderer's "text" (never "markup") and "weight" to the model's columns.</summary>
    public static void BindText(SafeGObjectHandle column, SafeGObjectHandle renderer, int modelColumn, int weightColumn)
    {
        Interop.Gtk.TreeViewColumnAddAttribute(column, renderer, "text", modelColumn);
        SetBoolean(renderer, "weight-set", true);
        Interop.Gtk.TreeViewColumnAddAttribute(column, renderer, "weight", weightColumn);
    }

    /// <summary>The name a screen reader announces for <paramref name="widget"/>.</summary>
    public static void SetAccessibleName(SafeGObjectHandle widget, string name) =>
        Interop.Atk.ObjectSetName(Interop.Gtk.WidgetGetAccessible(widget), name);

    public static void SetVisible(SafeGObjectHandle widget, bool visible) =>
        Interop.Gtk.WidgetSetVisible(widget, visible ? 1 : 0);

    private static void SetBoolean(SafeGObjectHandle instance, string property, bool flag)
    {
        var value = default(Interop.GValue);
        Interop.GObject.ValueInit(ref value, Interop.GObject.G_TYPE_BOOLEAN);
        Interop.GObject.ValueSetBoolean(ref value, flag ? 1 : 0);
        Interop.GObject.SetProperty(instance, property, ref value);
        Interop.GObject.ValueUnset(ref value);
    }
}
