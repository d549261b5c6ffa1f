using System.Text;
using UpdateStation.Desktop.DBus;

namespace UpdateStation.Desktop.Menu;

/// <summary>The icon's menu as com.canonical.dbusmenu: panels read its layout and send clicks as Events.</summary>
/// <remarks>The layout never changes, so its revision stays 1; items carry only non-default properties.</remarks>
internal sealed partial class DBusMenu(DBusConnection connection, Action<DesktopRequest> request) : IPathMethodHandler, IPropertySource
{
    public const string ObjectPath = "/MenuBar";
    public const string InterfaceName = "com.canonical.dbusmenu";
    public const uint Revision = 1;

    private static readonly string[] s_names = ["Version", "TextDirection", "Status", "IconThemePath"];

    private static readonly ReadOnlyMemory<byte> s_introspection = Encoding.UTF8.GetBytes("""
        <interface name="com.canonical.dbusmenu">
          <property name="Version" type="u" access="read"/><property name="TextDirection" type="s" access="read"/>
          <property name="Status" type="s" access="read"/><property name="IconThemePath" type="as" access="read"/>
          <method name="GetLayout"><arg type="i" name="parentId" direction="in"/><arg type="i" name="recursionDepth" direction="in"/>
            <arg type="as" name="propertyNames" direction="in"/><arg type="u" name="revision" direction="out"/>
            <arg type="(ia{sv}av)" name="layout" direction="out"/></method>
          <method name="GetGroupProperties"><arg type="ai" name="ids" direction="in"/><arg type="as" name="propertyNames" direction="in"/>
            <arg type="a(ia{sv})" name="properties" direction="out"/></method>
          <method name="GetProperty"><arg type="i" name="id" direction="in"/><arg type="s" name="name" direction="in"/>
            <arg type="v" name="value" direction="out"/></method>
          <method name="Event"><arg type="i" name="id" direction="in"/><arg type="s" name="eventId" direction="in"/>
            <arg type="v" name="data" direction="in"/><arg type="u" name="timestamp" direction="in"/></method>
          <method name="EventGroup"><arg type="a(isvu)" name="events" direction="in"/><arg type="ai" name="idErrors" direction="out"/></method>
          <method name="AboutToShow"><arg type="i" name="id" direction="in"/><arg type="b" name="needUpdate" direction="out"/></method>
          <method name="AboutToShowGroup"><arg type="ai" name="ids" direction="in"/><arg type="ai" name="updatesNeeded" direction="out"/>
            <arg type="ai" name="idErrors" direction="out"/></method>
          <signal name="ItemsPropertiesUpdated"><arg type="a(ia{sv})" name="updatedProps"/><arg type="a(ia{s})" name="removedProps"/></signal>
          <signal name="LayoutUpdated"><arg type="u" name="revision"/><arg type="i" name="parent"/></signal>
          <signal name="ItemActivationRequested"><arg type="i" name="id"/><arg type="u" name="timestamp"/></signal>
        </interface>

        """);

    public string Path => ObjectPath;

    public bool HandlesChildPaths => false;

    public string Interface => InterfaceName;

    public IReadOnlyList<string> PropertyNames => s_names;

    public void WriteProperty(ref MessageWriter writer, string name)
    {
        switch (name)
        {
            case "Version": writer.WriteVariantUInt32(3); break;
            case "TextDirection": writer.WriteVariantString("ltr"); break;
            case "Status": writer.WriteVariantString("normal"); break;
            case "IconThemePath":
                writer.WriteSignature("as");
                writer.WriteArray(Array.Empty<string>());
                break;
            default: throw new ArgumentOutOfRangeException(nameof(name), name, "Not a dbusmenu property.");
        }
    }

    /// <summary>Tells hosts to read the layout again (after the item registers with a new watcher).</summary>
    public void EmitLayoutUpdated()
    {
        using var writer = connection.GetMessageWriter();
        writer.WriteSignalHeader(null, ObjectPath, InterfaceName, "LayoutUpdated", "ui");
        writer.WriteUInt32(Revision);
        writer.WriteInt32(0);
        connection.TrySendMessage(writer.CreateMessage());
    }

    public ValueTask HandleMethodAsync(MethodContext context)
    {
        if (context.IsDBusIntrospectRequest)
        {
            context.ReplyIntrospectXml([s_introspection]);
        }
        else if (context.IsPropertiesInterfaceRequest)
        {
            PropertyReplies.Handle(context, this);
        }
        else if (context.Request.InterfaceAsString != InterfaceName || !TryHandle(context))
        {
            context.ReplyUnknownMethodError();
        }

        return default;
    }

    /// <summary>Runs a click on <paramref name="id"/>; false when no item has that id.</summary>
    private bool Click(int id, string eventId)
    {
        var item = MenuItem.All.FirstOrDefault(i => i.Id == id);
        if (item is null)
        {
            return false;
        }

        if (eventId == "clicked" && item.Request is { } wanted)
        {
            request(wanted);
        }

        return true;
    }
}
