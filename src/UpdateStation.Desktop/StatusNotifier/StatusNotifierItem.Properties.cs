namespace UpdateStation.Desktop.StatusNotifier;

/// <summary>The item's properties as panels read them.</summary>
internal sealed partial class StatusNotifierItem
{
    private static readonly string[] s_names =
    [
        "Category", "Id", "Title", "Status", "WindowId", "IconThemePath", "IconName", "IconPixmap", "OverlayIconName",
        "OverlayIconPixmap", "AttentionIconName", "AttentionIconPixmap", "AttentionMovieName", "ToolTip", "ItemIsMenu", "Menu",
    ];

    public IReadOnlyList<string> PropertyNames => s_names;

    public void WriteProperty(ref MessageWriter writer, string name)
    {
        var appearance = _appearance;
        switch (name)
        {
            case "Category": writer.WriteVariantString(ItemCategory); break;
            case "Id": writer.WriteVariantString(ItemId); break;
            case "Title": writer.WriteVariantString(ItemTitle); break;
            case "Status": writer.WriteVariantString(appearance.StatusName); break;
            case "WindowId": writer.WriteVariantInt32(0); break;
            case "IconName" or "AttentionIconName": writer.WriteVariantString(appearance.IconName); break;
            case "IconThemePath": writer.WriteVariantString(icons.ThemePath); break;
            case "OverlayIconName" or "AttentionMovieName": writer.WriteVariantString(string.Empty); break;
            case "IconPixmap" or "OverlayIconPixmap" or "AttentionIconPixmap": WriteNoPixmaps(ref writer); break;
            case "ToolTip": WriteToolTip(ref writer, appearance); break;
            case "ItemIsMenu": writer.WriteVariantBool(false); break;
            case "Menu": writer.WriteVariantObjectPath(Menu.DBusMenu.ObjectPath); break;
            default: throw new ArgumentOutOfRangeException(nameof(name), name, "Not a StatusNotifierItem property.");
        }
    }

    /// <summary>An empty a(iiay): the theme's icon names are the icons; a variant is its signature, then its value.</summary>
    private static void WriteNoPixmaps(ref MessageWriter writer)
    {
        writer.WriteSignature("a(iiay)");
        var pixmaps = writer.WriteArrayStart(DBusType.Struct);
        writer.WriteArrayEnd(pixmaps);
    }

    /// <summary>(sa(iiay)ss): icon name, pixmaps, title, text.</summary>
    private static void WriteToolTip(ref MessageWriter writer, Tray.TrayAppearance appearance)
    {
        writer.WriteSignature("(sa(iiay)ss)");
        writer.WriteStructureStart();
        writer.WriteString(appearance.IconName);
        var pixmaps = writer.WriteArrayStart(DBusType.Struct);
        writer.WriteArrayEnd(pixmaps);
        writer.WriteString(ItemTitle);
        // Hosts read the text as markup (Plasma as rich text, xfce4-panel as Pango markup): a failure's reason is escaped.
        writer.WriteString(Markup.Escape(appearance.ToolTipText));
    }
}
