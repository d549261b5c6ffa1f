namespace UpdateStation.Desktop.Network;

/// <summary>Asks NetworkManager (on the system bus) about connectivity and metering; absent NetworkManager means "go ahead".</summary>
/// <remarks>One connection, made on the first question and kept (not thread-safe: ask from one thread); each question is two property reads, no subscription,
/// so an idle instance gets no wakeups from network chatter.</remarks>
public sealed class NetworkManagerProxy(string? busAddress = null) : IDisposable
{
    private const string Service = "org.freedesktop.NetworkManager";
    private const string Path = "/org/freedesktop/NetworkManager";
    private DBusConnection? _connection;

    /// <summary>The network as NetworkManager sees it now; <see cref="NetworkConditions.Unknown"/> when it cannot be asked.</summary>
    public async Task<NetworkConditions> GetConditionsAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var connection = Connect();
            var connectivity = await GetUInt32Async(connection, "Connectivity").WaitAsync(cancellationToken).ConfigureAwait(false);
            var metered = await GetUInt32Async(connection, "Metered").WaitAsync(cancellationToken).ConfigureAwait(false);
            return NetworkConditions.From(connectivity, metered);
        }
        catch (Exception ex) when (ex is DBusExceptionBase or IOException or InvalidOperationException)
        {
            // No system bus, no NetworkManager (ServiceUnknown), or an old one without Metered: checks run as scheduled.
            return NetworkConditions.Unknown;
        }
    }

    public void Dispose() => _connection?.Dispose();

    /// <summary>An auto-connecting connection: made on first use, made again after the system bus restarted.</summary>
    private DBusConnection Connect()
    {
        if (_connection is null)
        {
            var address = busAddress ?? DBusAddress.System;
            if (string.IsNullOrEmpty(address))
            {
                throw new DBusConnectFailedException("No system bus address.");
            }

            _connection = new DBusConnection(new DBusConnectionOptions(address) { AutoConnect = true });
        }

        return _connection;
    }

    private static Task<uint> GetUInt32Async(DBusConnection connection, string property)
    {
        return connection.CallMethodAsync(CreateMessage(), static (message, _) => message.GetBodyReader().ReadVariantValue().GetUInt32());

        MessageBuffer CreateMessage()
        {
            using var writer = connection.GetMessageWriter();
            writer.WriteMethodCallHeader(Service, Path, "org.freedesktop.DBus.Properties", "Get", "ss", MessageFlags.NoAutoStart);
            writer.WriteString(Service);
            writer.WriteString(property);
            return writer.CreateMessage();
        }
    }
}
