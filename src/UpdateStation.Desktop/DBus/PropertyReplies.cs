namespace UpdateStation.Desktop.DBus;

/// <summary>Answers org.freedesktop.DBus.Properties calls (Get, GetAll; Set is refused) from an <see cref="IPropertySource"/>.</summary>
internal static class PropertyReplies
{
    private const string UnknownInterface = "org.freedesktop.DBus.Error.UnknownInterface";
    private const string UnknownProperty = "org.freedesktop.DBus.Error.UnknownProperty";

    public static void Handle(MethodContext context, IPropertySource source)
    {
        var request = context.Request;
        var reader = request.GetBodyReader();
        switch ((request.MemberAsString, request.SignatureAsString))
        {
            case ("Get", "ss"):
                var @interface = reader.ReadString();
                var name = reader.ReadString();
                if (@interface != source.Interface || !source.PropertyNames.Contains(name))
                {
                    context.ReplyError(UnknownProperty, $"No property {name} on {@interface}.");
                    return;
                }

                var writer = context.CreateReplyWriter("v");
                try
                {
                    source.WriteProperty(ref writer, name);
                    context.Reply(writer.CreateMessage());
                }
                finally
                {
                    writer.Dispose();
                }

                return;
            case ("GetAll", "s"):
                ReplyAll(context, source, reader.ReadString());
                return;
            case ("Set", "ssv"):
                context.ReplyError("org.freedesktop.DBus.Error.PropertyReadOnly", "These properties are read-only.");
                return;
            default:
                context.ReplyUnknownMethodError();
                return;
        }
    }

    private static void ReplyAll(MethodContext context, IPropertySource source, string @interface)
    {
        if (@interface != source.Interface)
        {
            context.ReplyError(UnknownInterface, $"No interface {@interface} here.");
            return;
        }

        var writer = context.CreateReplyWriter("a{sv}");
        try
        {
            var dictionary = writer.WriteDictionaryStart();
            foreach (var name in source.PropertyNames)
            {
                writer.WriteDictionaryEntryStart();
                writer.WriteString(name);
                source.WriteProperty(ref writer, name);
            }

            writer.WriteDictionaryEnd(dictionary);
            context.Reply(writer.CreateMessage());
        }
        finally
        {
            writer.Dispose();
        }
    }
}
