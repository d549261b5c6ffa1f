namespace UpdateStation.Desktop.Tests.Session;

/// <summary>Records every call to org.freedesktop.Notifications on the bus (a D-Bus monitor, as dbus-monitor is).</summary>
internal sealed class NotificationRecorder : IDisposable
{
    private readonly DBusConnection _connection;
    private readonly List<string> _calls = [];

    private NotificationRecorder(DBusConnection connection) => _connection = connection;

    /// <summary>The members called so far, in order: "Notify", "CloseNotification", "GetCapabilities".</summary>
    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Notify and CloseNotification only.</summary>
    public IReadOnlyList<string> NotifyAndClose => [.. Calls.Where(c => c is "Notify" or "CloseNotification")];

    /// <summary>Starts monitoring; calls made after this returns are recorded.</summary>
    public static async Task<NotificationRecorder> StartAsync(string address)
    {
        var connection = new DBusConnection(address);
        await connection.ConnectAsync();
        var recorder = new NotificationRecorder(connection);
        var rule = new MatchRule { Type = MessageType.MethodCall, Interface = "org.freedesktop.Notifications" };
        await connection.BecomeMonitorAsync(recorder.OnMessage, [rule]);
        return recorder;
    }

    public void Dispose() => _connection.Dispose();

    private void OnMessage(Exception? error, DisposableMessage message)
    {
        if (error is not null)
        {
            return;
        }

        using (message)
        {
            lock (_calls)
            {
                _calls.Add(message.Message.MemberAsString ?? "");
            }
        }
    }
}
