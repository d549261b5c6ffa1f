namespace UpdateStation.Desktop.Menu;

/// <summary>The dbusmenu methods: layout, properties, events.</summary>
internal sealed partial class DBusMenu
{
    private bool TryHandle(MethodContext context)
    {
        var reader = context.Request.GetBodyReader();
        switch ((context.Request.MemberAsString, context.Request.SignatureAsString))
        {
            case ("GetLayout", "iias"):
                var parent = reader.ReadInt32();
                var depth = reader.ReadInt32();
                ReplyLayout(context, parent, depth, reader.ReadArrayOfString());
                return true;
            case ("GetGroupProperties", "aias"):
                ReplyGroupProperties(context, reader.ReadArrayOfInt32(), reader.ReadArrayOfString());
                return true;
            case ("GetProperty", "is"):
                ReplyProperty(context, reader.ReadInt32(), reader.ReadString());
                return true;
            case ("Event", "isvu"):
                var id = reader.ReadInt32();
                if (!Click(id, reader.ReadString()))
                {
                    context.ReplyError("org.freedesktop.DBus.Error.InvalidArgs", $"No menu item {id}.");
                    return true;
                }

                Reply(context, null, static (ref MessageWriter _) => { });
                return true;
            case ("EventGroup", "a(isvu)"):
                ReplyEventGroup(context, ref reader);
                return true;
            case ("AboutToShow", "i"):
                Reply(context, "b", static (ref MessageWriter writer) => writer.WriteBool(false));
                return true;
            case ("AboutToShowGroup", "ai"):
                var unknown = reader.ReadArrayOfInt32().Where(i => i != 0 && MenuItem.All.All(m => m.Id != i)).ToArray();
                Reply(context, "aiai", (ref MessageWriter writer) =>
                {
                    writer.WriteArray(Array.Empty<int>());
                    writer.WriteArray(unknown);
                });
                return true;
            default:
                return false;
        }
    }

    private void ReplyEventGroup(MethodContext context, ref Reader reader)
    {
        var unknown = new List<int>();
        var events = reader.ReadArrayStart(DBusType.Struct);
        while (reader.HasNext(events))
        {
            reader.AlignStruct();
            var id = reader.ReadInt32();
            var eventId = reader.ReadString();
            reader.ReadVariantValue();
            reader.ReadUInt32();
            if (!Click(id, eventId))
            {
                unknown.Add(id);
            }
        }

        Reply(context, "ai", (ref MessageWriter writer) => writer.WriteArray(unknown.ToArray()));
    }

    private static void ReplyLayout(MethodContext context, int parent, int depth, string[] names)
    {
        var item = parent == 0 ? null : MenuItem.All.FirstOrDefault(i => i.Id == parent);
        if (parent != 0 && item is null)
        {
            context.ReplyError("org.freedesktop.DBus.Error.InvalidArgs", $"No menu item {parent}.");
            return;
        }

        Reply(context, "u(ia{sv}av)", (ref MessageWriter writer) =>
        {
            writer.WriteUInt32(Revision);
            writer.WriteStructureStart();
            writer.WriteInt32(parent);
            WriteItemProperties(ref writer, item, names);
            var children = writer.WriteArrayStart(DBusType.Variant);
            if (item is null && depth != 0)
            {
                foreach (var child in MenuItem.All)
                {
                    writer.WriteSignature("(ia{sv}av)");
                    writer.WriteStructureStart();
                    writer.WriteInt32(child.Id);
                    WriteItemProperties(ref writer, child, names);
                    writer.WriteArrayEnd(writer.WriteArrayStart(DBusType.Variant));
                }
            }

            writer.WriteArrayEnd(children);
        });
    }

    private static void ReplyGroupProperties(MethodContext context, int[] ids, string[] names)
    {
        Reply(context, "a(ia{sv})", (ref MessageWriter writer) =>
        {
            var array = writer.WriteArrayStart(DBusType.Struct);
            foreach (var item in MenuItem.All.Where(i => ids.Length == 0 || ids.Contains(i.Id)))
            {
                writer.WriteStructureStart();
                writer.WriteInt32(item.Id);
                WriteItemProperties(ref writer, item, names);
            }

            writer.WriteArrayEnd(array);
        });
    }

    private static void ReplyProperty(MethodContext context, int id, string name)
    {
        var value = MenuItem.All.FirstOrDefault(i => i.Id == id) is { } item
            ? ItemProperties(item).FirstOrDefault(p => p.Name == name).Value
            : null;
        if (value is null)
        {
            context.ReplyError("org.freedesktop.DBus.Error.InvalidArgs", $"Menu item {id} has no property {name}.");
            return;
        }

        Reply(context, "v", (ref MessageWriter writer) => writer.WriteVariantString(value));
    }

    /// <summary>a{sv} of the wanted properties (all when <paramref name="names"/> is empty); the root has "children-display".</summary>
    private static void WriteItemProperties(ref MessageWriter writer, MenuItem? item, string[] names)
    {
        var properties = item is null ? [("children-display", "submenu")] : ItemProperties(item);
        var dictionary = writer.WriteDictionaryStart();
        foreach (var (name, value) in properties.Where(p => names.Length == 0 || names.Contains(p.Name)))
        {
            writer.WriteDictionaryEntryStart();
            writer.WriteString(name);
            writer.WriteVariantString(value);
        }

        writer.WriteDictionaryEnd(dictionary);
    }

    private static (string Name, string Value)[] ItemProperties(MenuItem item) =>
        item.IsSeparator ? [("type", "separator")] : [("label", item.Label!)];

    private delegate void BodyWriter(ref MessageWriter writer);

    private static void Reply(MethodContext context, string? signature, BodyWriter body)
    {
        if (context.NoReplyExpected)
        {
            return;
        }

        var writer = context.CreateReplyWriter(signature);
        try
        {
            body(ref writer);
            context.Reply(writer.CreateMessage());
        }
        finally
        {
            writer.Dispose();
        }
    }
}
