using System.Text;
using UpdateStation.Desktop.DBus;
using UpdateStation.Desktop.Tray;

namespace UpdateStation.Desktop.StatusNotifier;

/// <summary>The exported org.kde.StatusNotifierItem: what a panel reads (GetAll) and the clicks it sends.</summary>
/// <remarks>
/// Method calls arrive on the connection's thread; <see cref="Update"/> comes from the caller's. The appearance is one
/// immutable record swapped whole, so a GetAll never sees half an update.
/// </remarks>
internal sealed partial class StatusNotifierItem(DBusConnection connection, Action<DesktopRequest> request, TrayIcons icons) : IPathMethodHandler, IPropertySource
{
    public const string ObjectPath = "/StatusNotifierItem";
    public const string InterfaceName = "org.kde.StatusNotifierItem";
    public const string ItemId = "update-station";
    public const string ItemTitle = "Update Station";
    public const string ItemCategory = "SystemServices";

    private static readonly ReadOnlyMemory<byte> s_introspection = Encoding.UTF8.GetBytes("""
        <interface name="org.kde.StatusNotifierItem">
          <property name="Category" type="s" access="read"/><property name="Id" type="s" access="read"/>
          <property name="Title" type="s" access="read"/><property name="Status" type="s" access="read"/>
          <property name="WindowId" type="i" access="read"/><property name="IconThemePath" type="s" access="read"/>
          <property name="IconName" type="s" access="read"/><property name="IconPixmap" type="a(iiay)" access="read"/>
          <property name="OverlayIconName" type="s" access="read"/><property name="OverlayIconPixmap" type="a(iiay)" access="read"/>
          <property name="AttentionIconName" type="s" access="read"/><property name="AttentionIconPixmap" type="a(iiay)" access="read"/>
          <property name="AttentionMovieName" type="s" access="read"/><property name="ToolTip" type="(sa(iiay)ss)" access="read"/>
          <property name="ItemIsMenu" type="b" access="read"/><property name="Menu" type="o" access="read"/>
          <method name="Activate"><arg name="x" type="i" direction="in"/><arg name="y" type="i" direction="in"/></method>
          <method name="SecondaryActivate"><arg name="x" type="i" direction="in"/><arg name="y" type="i" direction="in"/></method>
          <method name="ContextMenu"><arg name="x" type="i" direction="in"/><arg name="y" type="i" direction="in"/></method>
          <method name="Scroll"><arg name="delta" type="i" direction="in"/><arg name="orientation" type="s" direction="in"/></method>
          <signal name="NewTitle"/><signal name="NewIcon"/><signal name="NewAttentionIcon"/><signal name="NewOverlayIcon"/>
          <signal name="NewToolTip"/><signal name="NewStatus"><arg name="status" type="s"/></signal>
        </interface>

        """);

    private volatile TrayAppearance _appearance = new(ItemStatus.Passive, icons.Updates, "Not checked yet");

    public string Path => ObjectPath;

    public bool HandlesChildPaths => false;

    public string Interface => InterfaceName;

    public TrayAppearance Appearance => _appearance;

    /// <summary>Shows <paramref name="next"/> and emits NewStatus, NewIcon (and NewAttentionIcon) and NewToolTip for what changed.</summary>
    public void Update(TrayAppearance next)
    {
        var previous = Interlocked.Exchange(ref _appearance, next);
        if (previous.Status != next.Status)
        {
            EmitSignal("NewStatus", next.StatusName);
        }

        if (previous.IconName != next.IconName)
        {
            EmitSignal("NewIcon", null);
            EmitSignal("NewAttentionIcon", null);
        }

        if (previous.ToolTipText != next.ToolTipText)
        {
            EmitSignal("NewToolTip", null);
        }
    }

    public ValueTask HandleMethodAsync(MethodContext context)
    {
        if (context.IsDBusIntrospectRequest)
        {
            context.ReplyIntrospectXml([s_introspection]);
            return default;
        }

        if (context.IsPropertiesInterfaceRequest)
        {
            PropertyReplies.Handle(context, this);
            return default;
        }

        if (context.Request.InterfaceAsString != InterfaceName)
        {
            context.ReplyUnknownMethodError();
            return default;
        }

        switch ((context.Request.MemberAsString, context.Request.SignatureAsString))
        {
            case ("Activate", "ii"):
            case ("SecondaryActivate", "ii"):
                request(DesktopRequest.ShowWindow);
                break;
            case ("ContextMenu", "ii"):
            case ("Scroll", "is"):
                // The menu is exported (Menu, ItemIsMenu false): the panel draws it itself; scrolling means nothing here.
                break;
            default:
                context.ReplyUnknownMethodError();
                return default;
        }

        ReplyEmpty(context);
        return default;
    }

    private static void ReplyEmpty(MethodContext context)
    {
        if (!context.NoReplyExpected)
        {
            using var writer = context.CreateReplyWriter(null);
            context.Reply(writer.CreateMessage());
        }
    }

    private void EmitSignal(string member, string? argument)
    {
        using var writer = connection.GetMessageWriter();
        writer.WriteSignalHeader(null, ObjectPath, InterfaceName, member, argument is null ? null : "s");
        if (argument is not null)
        {
            writer.WriteString(argument);
        }

        connection.TrySendMessage(writer.CreateMessage());
    }
}
