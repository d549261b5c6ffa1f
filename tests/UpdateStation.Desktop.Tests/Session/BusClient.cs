namespace UpdateStation.Desktop.Tests.Session;

/// <summary>The test's own view of the bus: what a panel or a notification server sees and sends.</summary>
internal sealed partial class BusClient(DBusConnection connection) : IDisposable
{
    public DBusConnection Connection => connection;

    public static async Task<BusClient> ConnectAsync(string address)
    {
        var connection = new DBusConnection(address);
        await connection.ConnectAsync();
        return new BusClient(connection);
    }

    public Task<bool> NameHasOwnerAsync(string name) => CallAsync(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner", "s",
        (ref MessageWriter w) => w.WriteString(name), static (m, _) => m.GetBodyReader().ReadBool());

    public Task<Dictionary<string, VariantValue>> GetAllAsync(string destination, string path, string @interface) => CallAsync(
        destination, path, "org.freedesktop.DBus.Properties", "GetAll", "s",
        (ref MessageWriter w) => w.WriteString(@interface),
        static (m, _) => m.GetBodyReader().ReadDictionaryOfStringToVariantValue());

    public Task<VariantValue> GetAsync(string destination, string path, string @interface, string name) => CallAsync(
        destination, path, "org.freedesktop.DBus.Properties", "Get", "ss",
        (ref MessageWriter w) =>
        {
            w.WriteString(@interface);
            w.WriteString(name);
        },
        static (m, _) => m.GetBodyReader().ReadVariantValue());

    /// <summary>What the watcher in the panel holds: RegisteredStatusNotifierItems.</summary>
    public async Task<string[]> RegisteredItemsAsync() =>
        (await GetAsync("org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher", "org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems"))
        .GetArray<string>();

    public delegate void BodyWriter(ref MessageWriter writer);

    public Task<T> CallAsync<T>(
        string destination, string path, string @interface, string member, string? signature, BodyWriter body, MessageValueReader<T> reader)
    {
        var writer = connection.GetMessageWriter();
        try
        {
            writer.WriteMethodCallHeader(destination, path, @interface, member, signature);
            body(ref writer);
            return connection.CallMethodAsync(writer.CreateMessage(), reader);
        }
        finally
        {
            writer.Dispose();
        }
    }

    public Task CallAsync(string destination, string path, string @interface, string member, string? signature, BodyWriter body)
    {
        var writer = connection.GetMessageWriter();
        try
        {
            writer.WriteMethodCallHeader(destination, path, @interface, member, signature);
            body(ref writer);
            return connection.CallMethodAsync(writer.CreateMessage());
        }
        finally
        {
            writer.Dispose();
        }
    }

    public void Dispose() => connection.Dispose();
}
