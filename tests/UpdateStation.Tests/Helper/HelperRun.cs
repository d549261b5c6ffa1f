using System.Text.Json;

namespace UpdateStation.Tests.Helper;

/// <summary>One run of the helper: its exit status, its events (JSON lines on stdout) and stderr.</summary>
internal sealed record HelperRun(int ExitCode, string Output, string Error)
{
    /// <summary>Every stdout line parsed as JSON; a line that is not JSON fails the test.</summary>
    public IReadOnlyList<JsonElement> Events =>
        [.. Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    public IEnumerable<string> EventNames => Events.Select(e => e.GetProperty("event").GetString()!);

    /// <summary>The last event named <paramref name="name"/>.</summary>
    public JsonElement Last(string name) => Events.Last(e => e.GetProperty("event").GetString() == name);

    public override string ToString() => $"exit {ExitCode}; stdout: {Output}; stderr: {Error}";
}
