using System.Text;
using System.Text.Json;

namespace UpdateStation.Upgrade.Events;

/// <summary>Writes events as JSON lines, one write per line; a reader that goes away (EPIPE) only ends the stream.</summary>
/// <remarks>.NET ignores SIGPIPE, so a closed pipe is an IOException here, not our death: the run goes on without readers.</remarks>
public sealed class EventWriter
{
    private static readonly byte[] s_newline = "\n"u8.ToArray();

    private readonly Lock _gate = new();
    private readonly Stream _output;
    private bool _closed;

    public EventWriter(Stream output) => _output = output;

    /// <summary>Whether a reader went away; nothing is written after that.</summary>
    public bool IsClosed
    {
        get
        {
            lock (_gate)
            {
                return _closed;
            }
        }
    }

    public void Write(UpgradeEvent upgradeEvent)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(upgradeEvent, UpgradeEventJsonContext.Default.UpgradeEvent);
        var line = new byte[json.Length + 1];
        json.CopyTo(line, 0);
        s_newline.CopyTo(line, json.Length);
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            try
            {
                _output.Write(line);
                _output.Flush();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A closed stdout (`>&-`) is EBADF, which .NET reports as UnauthorizedAccessException.
                _closed = true;
            }
        }
    }

    /// <summary>Reads one line back (front ends and tests).</summary>
    /// <exception cref="JsonException">The line is not an event.</exception>
    public static UpgradeEvent Parse(string line) =>
        JsonSerializer.Deserialize(line, UpgradeEventJsonContext.Default.UpgradeEvent) ?? throw new JsonException("The event line is null.");

    /// <summary>The UTF-8 text of one event line, without its newline (tests).</summary>
    public static string Format(UpgradeEvent upgradeEvent) =>
        Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(upgradeEvent, UpgradeEventJsonContext.Default.UpgradeEvent));
}
