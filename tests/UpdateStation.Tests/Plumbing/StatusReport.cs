namespace UpdateStation.Tests.Plumbing;

/// <summary>What `status --json` printed, field by field as the CLI contract names them.</summary>
internal sealed record StatusReport(
    bool Running,
    int? Pid,
    string? Mode,
    string? StartedAt,
    long? Activations,
    bool? Checking,
    JsonElement? LastCheck,
    string Json)
{
    /// <summary>Parses the one object `status --json` prints; fails the test with the text when it is not one.</summary>
    public static StatusReport Parse(string stdout)
    {
        JsonElement root;
        try
        {
            using JsonDocument document = JsonDocument.Parse(stdout);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            Assert.Fail($"status --json did not print one JSON object ({ex.Message}):\n{stdout}");
            throw;
        }

        Assert.True(root.ValueKind == JsonValueKind.Object, $"status --json printed a {root.ValueKind}, not an object:\n{stdout}");
        return new StatusReport(
            Running: root.TryGetProperty("running", out JsonElement running) && running.ValueKind == JsonValueKind.True,
            Pid: Optional(root, "pid", e => e.GetInt32()),
            Mode: Optional(root, "mode", e => e.GetString()),
            StartedAt: Optional(root, "startedAt", e => e.GetString()),
            Activations: Optional<long?>(root, "activations", e => e.GetInt64()),
            Checking: Optional<bool?>(root, "checking", e => e.GetBoolean()),
            LastCheck: root.TryGetProperty("lastCheck", out JsonElement lastCheck) ? lastCheck : null,
            Json: stdout.Trim());
    }

    public override string ToString() => Json;

    private static T? Optional<T>(JsonElement root, string name, Func<JsonElement, T> read) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? read(value) : default;

    private static int? Optional(JsonElement root, string name, Func<JsonElement, int> read) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? read(value) : null;
}
