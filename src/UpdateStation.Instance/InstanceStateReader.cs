using System.Text.Json;

namespace UpdateStation.Instance;

/// <summary>Reads a published <see cref="InstanceState"/> with Utf8JsonReader: the fields the writer's contract names, nothing more.</summary>
/// <remarks>
/// status and check-now read the state at every start; the serializer's first use builds its metadata (converters,
/// attributes by reflection, the escaping encoder): about 1 ms of a 7 ms start. This accepts what the serializer
/// accepts and refuses what it refuses: JSON of the wrong shape or type throws <see cref="JsonException"/>, unknown
/// properties are skipped, missing ones keep their default (null for mode and lastCheck), property names are
/// case-sensitive and comments and trailing content are errors.
/// </remarks>
internal static class InstanceStateReader
{
    /// <exception cref="JsonException">The content is not one JSON object of the state's shape.</exception>
    public static InstanceState? Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.Null)
            {
                End(ref reader);
                return null;
            }

            var state = ReadState(ref reader);
            End(ref reader);
            return state;
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            // A value of the wrong type (a string where a number goes) or out of range, as the serializer reports it.
            throw new JsonException($"the state does not have the expected shape: {ex.Message}", ex);
        }
    }

    private static InstanceState ReadState(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        int pid = 0;
        ulong startTime = 0;
        string? mode = null;
        DateTimeOffset startedAt = default;
        long activations = 0;
        bool checking = false;
        CheckSummary? last = null;
        while (NextProperty(ref reader) is { } name)
        {
            switch (name)
            {
                case "pid": pid = reader.GetInt32(); break;
                case "processStartTime": startTime = reader.GetUInt64(); break;
                case "mode": mode = reader.GetString(); break;
                case "startedAt": startedAt = reader.GetDateTimeOffset(); break;
                case "activations": activations = reader.GetInt64(); break;
                case "checking": checking = reader.GetBoolean(); break;
                case "lastCheck": last = reader.TokenType == JsonTokenType.Null ? null : ReadSummary(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return new InstanceState(pid, startTime, mode!, startedAt, activations, checking, last);
    }

    private static CheckSummary ReadSummary(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        DateTimeOffset checkedAt = default;
        int updates = 0, security = 0;
        string? error = null;
        while (NextProperty(ref reader) is { } name)
        {
            switch (name)
            {
                case "checkedAt": checkedAt = reader.GetDateTimeOffset(); break;
                case "updates": updates = reader.GetInt32(); break;
                case "security": security = reader.GetInt32(); break;
                case "error": error = reader.GetString(); break;
                default: reader.Skip(); break;
            }
        }

        return new CheckSummary(checkedAt, updates, security, error);
    }

    /// <summary>The next property's name with the reader on its value; null at the object's end.</summary>
    private static string? NextProperty(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return null;
        }

        var name = reader.GetString();
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null && name is "pid" or "processStartTime" or "startedAt" or "activations" or "checking" or "checkedAt" or "updates" or "security")
        {
            throw new JsonException($"'{name}' cannot be null.");
        }

        return name;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"expected {type}, found {reader.TokenType}.");
        }
    }

    private static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("the state ends too early.");
        }
    }

    /// <summary>Nothing but whitespace may follow the state: the reader throws on a second value.</summary>
    private static void End(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            throw new JsonException("something follows the state.");
        }
    }
}
