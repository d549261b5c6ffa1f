using Tmds.DBus.Protocol;

namespace UpdateStation.Tests.Shared;

/// <summary>
/// A stand-in for NetworkManager's two properties on a private bus: NetworkManager itself cannot run here (it wants
/// the system bus, root and real links), so the test plays it at the D-Bus boundary: on a private session bus (the
/// desktop's proxy) or on a <see cref="PrivateSystemBus"/> (the root helper's metering probe).
/// </summary>
public sealed class NetworkManagerStandIn(uint connectivity, uint metered) : IPathMethodHandler
{
    public string Path => "/org/freedesktop/NetworkManager";

    public bool HandlesChildPaths => false;

    public ValueTask HandleMethodAsync(MethodContext context)
    {
        var reader = context.Request.GetBodyReader();
        if (context.Request.MemberAsString != "Get" || reader.ReadString() != "org.freedesktop.NetworkManager")
        {
            context.ReplyUnknownMethodError();
            return default;
        }

        uint? value = reader.ReadString() switch
        {
            "Connectivity" => connectivity,
            "Metered" => metered,
            _ => null,
        };
        if (value is null)
        {
            context.ReplyError("org.freedesktop.DBus.Error.UnknownProperty", "No such property.");
            return default;
        }

        using var writer = context.CreateReplyWriter("v");
        writer.WriteVariantUInt32(value.Value);
        context.Reply(writer.CreateMessage());
        return default;
    }
}
